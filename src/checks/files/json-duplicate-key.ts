import { jsonFiles } from '../../engine/context';
import { defineCheck } from '../../model/rule';
import { BOTH } from '../../../rules/lib/programs';
import { reviewThread } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'json-duplicate-key',
  severity: 'error',
  programs: BOTH,
  file: 'apiDefinition.swagger.json, apiProperties.json, settings.json',
  description: 'No JSON object has the same key twice.',
  criterion: {
    text: 'A JSON object with the same key twice is ambiguous: tools silently keep one value or the other, so the connector may not behave as written.',
    url: reviewThread(1029),
    rows: ['def-json-parse', 'props-json-parse'],
  },
  fix: 'Keep one of the two entries (merge their content if both matter) and delete the other.',
  run(connector, report) {
    for (const file of jsonFiles(connector)) {
      if (file.unreadable) continue;
      for (const duplicate of file.duplicateKeys) {
        report({
          file: file.name,
          path: duplicate.path,
          line: duplicate.line,
          column: duplicate.column,
          message: `The key "${duplicate.key}" appears more than once in the same object.`,
        });
      }
    }
  },
});
