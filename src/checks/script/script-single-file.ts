import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';

export default defineCheck({
  id: 'script-single-file',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'The connector has at most one custom code file, and it is named script.csx.',
  criterion: {
    text: 'A connector has one custom code file; paconn and the pipeline pick it up as script.csx.',
    url: SOURCES.customCode,
    rows: ['script-single-file'],
  },
  fix: 'Merge the custom code into one file named script.csx and delete the others.',
  run(connector, report) {
    const scripts = connector.entries.filter((e) => e.kind !== 'directory' && /\.csx$/i.test(e.name)).map((e) => e.name);
    if (scripts.length > 1) {
      for (const name of scripts.filter((n) => n !== connector.script?.name)) {
        report({ file: name, message: `"${name}" is a second custom code file (the folder has ${scripts.length}: ${scripts.map((s) => `"${s}"`).join(', ')}); a connector has one script.` });
      }
    } else if (scripts.length === 1 && scripts[0] !== FILES.script) {
      report({ file: scripts[0], message: `The custom code file is "${scripts[0]}"; it must be named script.csx.` });
    }
  },
});
