import { defineCheck } from '../../model/rule';
import { isObject } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

const FILE_KEYS = ['apiProperties', 'apiDefinition', 'icon', 'script'];

export default defineCheck({
  id: 'settings-files-exist',
  severity: 'warning',
  programs: BOTH,
  file: FILES.settings,
  description: 'The files settings.json names (apiProperties, apiDefinition, icon, script) exist in the connector folder.',
  criterion: {
    text: 'paconn reads the connector files from the paths in settings.json, relative to the folder; a wrong path fails the upload.',
    url: SOURCES.paconn,
    rows: ['settings-files-exist'],
  },
  fix: 'Correct the path in settings.json (relative to the connector folder) or add the missing file.',
  run(connector, report) {
    const settings = connector.settings;
    if (!settings || !isObject(settings.data)) return;
    const names = new Set(connector.entries.filter((e) => e.kind === 'file').map((e) => e.name));
    for (const key of FILE_KEYS) {
      const value = settings.data[key];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const relative = value.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
      if (relative.startsWith('/') || /^[A-Za-z]:/.test(relative) || relative.split('/').includes('..')) {
        report({ file: settings.name, path: [key], message: `${key} "${value}" points outside the connector folder.` });
      } else if (!names.has(relative)) {
        report({ file: settings.name, path: [key], message: `${key} names "${value}", which is not in the connector folder.` });
      }
    }
  },
});
