import { jsonFiles } from '../../engine/context';
import { defineCheck } from '../../model/rule';
import { BOTH } from '../../../rules/lib/programs';
import { reviewThread } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'json-syntax',
  severity: 'error',
  programs: BOTH,
  file: 'apiDefinition.swagger.json, apiProperties.json, settings.json',
  description: 'Each JSON file is strict UTF-8 JSON: no comments, trailing commas, second documents or other encodings.',
  criterion: {
    text: 'The definition files must parse as strict JSON; reviewers reject trailing commas, comments and broken encodings even where some tools tolerate them.',
    url: reviewThread(1029),
    rows: ['def-json-parse', 'props-json-parse'],
  },
  validatorCodes: ['5000.2.6.2'],
  fix: 'Fix the JSON at the reported place (an editor with JSON validation shows it), and save the file as UTF-8.',
  run(connector, report) {
    for (const file of jsonFiles(connector)) {
      if (file.unreadable) continue;
      if (file.encoding) report({ file: file.name, line: file.encoding.line, column: file.encoding.column, message: `${file.name}: ${file.encoding.message}` });
      else if (file.syntax) report({ file: file.name, line: file.syntax.line, column: file.syntax.column, message: file.syntax.message });
    }
  },
});
