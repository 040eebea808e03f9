import { defineCheck } from '../../model/rule';
import { FILES, INDEPENDENT_ONLY } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { otherIconFiles } from './lib/icon-image';

export default defineCheck({
  id: 'icon-absent-ip',
  severity: 'error',
  programs: INDEPENDENT_ONLY,
  file: FILES.icon,
  description: 'An independent-publisher connector folder contains no icon file.',
  criterion: {
    text: 'Independent publishers do not submit an icon: every independent-publisher connector gets the same generic icon.',
    url: SOURCES.submissionIp,
    rows: ['icon-absent-ip'],
  },
  fix: 'Delete the icon file from the connector folder.',
  run(connector, report) {
    const icons = [...(connector.icon ? [connector.icon.name] : []), ...otherIconFiles(connector)];
    for (const name of icons) {
      report({ file: name, message: `${name} must not be submitted: independent-publisher connectors get Microsoft's generic icon.` });
    }
  },
});
