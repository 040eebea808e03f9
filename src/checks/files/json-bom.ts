import { jsonFiles } from '../../engine/context';
import { defineCheck } from '../../model/rule';
import { BOTH } from '../../../rules/lib/programs';
import { reviewThread } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'json-bom',
  severity: 'warning',
  programs: BOTH,
  file: 'apiDefinition.swagger.json, apiProperties.json, settings.json',
  description: 'JSON files are saved as UTF-8 without a byte order mark.',
  criterion: {
    text: 'Connector files are plain UTF-8; a byte order mark at the start of a JSON file has broken validation before, and strict JSON parsers reject it.',
    url: reviewThread(619),
    rows: ['def-json-parse', 'props-json-parse'],
  },
  fix: 'Save the file as UTF-8 without BOM (in VS Code: "Save with Encoding" → UTF-8).',
  run(connector, report) {
    for (const file of jsonFiles(connector)) {
      if (file.unreadable || !file.hasBom) continue;
      report({ file: file.name, line: 1, column: 1, message: `${file.name} starts with a UTF-8 byte order mark.` });
    }
  },
});
