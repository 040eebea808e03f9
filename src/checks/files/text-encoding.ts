import type { TextFile } from '../../engine/context';
import { defineCheck } from '../../model/rule';
import { BOTH } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'text-encoding',
  severity: 'error',
  programs: BOTH,
  file: 'readme.md, intro.md, script.csx',
  description: 'readme.md, intro.md and script.csx are UTF-8 text.',
  criterion: {
    text: 'The readme is rendered by GitHub and the script is compiled by the platform: both must be UTF-8 text, not binary data or a legacy encoding.',
    url: SOURCES.customCode,
    rows: [],
  },
  fix: 'Save the file as UTF-8 text (in VS Code: "Save with Encoding" → UTF-8).',
  run(connector, report) {
    const files = [connector.readme, connector.intro, connector.script].filter((f): f is TextFile => f !== undefined);
    for (const file of files) {
      if (file.unreadable || !file.encoding) continue;
      report({ file: file.name, line: file.encoding.line, column: file.encoding.column, message: `${file.name}: ${file.encoding.message}` });
    }
  },
});
