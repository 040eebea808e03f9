import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { matchesIn } from './lib/csharp-lexer';
import { scriptOf } from './lib/script-source';

/** A declaration of ExecuteAsync: its modifiers and return type before the name, its parameter list after. */
const DECLARATION = /((?:\b(?:public|private|protected|internal|override|async|virtual|new|static|sealed)\s+)*)([\w.]+(?:\s*<[^;{}()]*>)?)\s+ExecuteAsync\s*\(([^)]*)\)/;
const STATEMENT_WORDS = new Set(['await', 'return', 'new', 'else', 'yield', 'throw', 'var']);
const RETURN_TYPE = /^(?:(?:System\.)?Threading\.Tasks\.)?Task<(?:(?:System\.)?Net\.Http\.)?HttpResponseMessage>$/;

export default defineCheck({
  id: 'script-executeasync',
  severity: 'error',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx implements "public override async Task<HttpResponseMessage> ExecuteAsync()".',
  criterion: {
    text: 'The Script class overrides ExecuteAsync(), without parameters, returning Task<HttpResponseMessage>: the platform calls it for every routed request.',
    url: SOURCES.customCode,
    rows: ['script-executeasync'],
  },
  fix: 'Implement "public override async Task<HttpResponseMessage> ExecuteAsync()" in the Script class.',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    // `await ExecuteAsync()` and similar calls look like declarations to the pattern.
    const declarations = matchesIn(script.lexed.code, DECLARATION).filter((m) => !STATEMENT_WORDS.has(m[2]));
    const problems = declarations.map((m) => {
      const modifiers = m[1].split(/\s+/);
      const wrong: string[] = [];
      if (!modifiers.includes('override')) wrong.push('is not declared override');
      if (!modifiers.includes('public')) wrong.push('is not public');
      if (!RETURN_TYPE.test(m[2].replace(/\s+/g, ''))) wrong.push(`returns ${m[2].replace(/\s+/g, '')} instead of Task<HttpResponseMessage>`);
      if (m[3].trim() !== '') wrong.push('takes parameters');
      return { offset: m.index + m[1].length, wrong };
    });
    if (problems.some((p) => p.wrong.length === 0)) return;
    if (problems.length === 0) {
      report({ file: script.file.name, line: 1, column: 1, message: 'script.csx does not implement ExecuteAsync().' });
      return;
    }
    for (const p of problems) {
      report({ file: script.file.name, ...script.lexed.position(p.offset), message: `ExecuteAsync ${p.wrong.join(', ')}.` });
    }
  },
});
