import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { matchesIn } from './lib/csharp-lexer';
import { scriptOf } from './lib/script-source';

const CLASS = /\bclass\s+(@?\w+)\s*(?:<[^>{]{0,200}>\s*)?(?::\s*([^{]{0,200}))?\{/;

export default defineCheck({
  id: 'script-class-script',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx declares a public class named Script that derives from ScriptBase.',
  criterion: {
    text: 'Custom code is a class named Script that inherits from ScriptBase; the platform looks for exactly that class.',
    url: SOURCES.customCode,
    rows: ['script-class-script'],
  },
  fix: 'Declare the entry class as "public class Script : ScriptBase".',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    const classes = matchesIn(script.lexed.code, CLASS).map((m) => ({
      name: m[1],
      bases: (m[2] ?? '').split(',').map((b) => b.trim().replace(/\s+/g, '')),
      modifiers: script.lexed.code.slice(Math.max(0, m.index - 60), m.index),
      offset: m.index,
    }));
    const derives = (c: (typeof classes)[number]) => c.bases.some((b) => b === 'ScriptBase' || b.endsWith('.ScriptBase'));
    const entry = classes.find((c) => c.name === 'Script' && derives(c));
    const at = (offset: number) => ({ file: script.file.name, ...script.lexed.position(offset) });
    if (entry) {
      if (!/\bpublic\s+(?:(?:sealed|partial)\s+)*$/.test(entry.modifiers)) report({ ...at(entry.offset), message: 'The class Script is not declared public.' });
      return;
    }
    const misnamed = classes.find(derives);
    const unbased = classes.find((c) => c.name === 'Script');
    if (misnamed) report({ ...at(misnamed.offset), message: `The class "${misnamed.name}" derives from ScriptBase but must be named Script.` });
    else if (unbased) report({ ...at(unbased.offset), message: 'The class Script does not derive from ScriptBase.' });
    else report({ file: script.file.name, line: 1, column: 1, message: 'script.csx declares no class Script deriving from ScriptBase.' });
  },
});
