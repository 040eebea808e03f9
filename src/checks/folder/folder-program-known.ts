import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'folder-program-known',
  severity: 'error',
  programs: BOTH,
  file: 'folder',
  description: 'The certification program (verified or independent publisher) of the connector can be told.',
  criterion: {
    text: "Which rules apply depends on the program, which the repository tells by the tree the folder sits in: certified-connectors/ or independent-publisher-connectors/.",
    url: SOURCES.repoReadme,
    rows: ['folder-location'],
  },
  fix: 'Pass --program verified or --program independent, or move the folder under certified-connectors/ or independent-publisher-connectors/.',
  run(connector, report) {
    if (connector.program !== 'unknown') return;
    report({
      file: FILES.folder,
      message: 'The folder is outside certified-connectors/ and independent-publisher-connectors/, and apiProperties.json does not tell the program; only the rules common to both programs ran.',
    });
  },
});
