import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { scriptOf } from './lib/script-source';

/** What precedes the name in a declaration of ExecuteAsync: modifiers, then the return type. */
const BEFORE_NAME = /((?:\b(?:public|private|protected|internal|override|async|virtual|new|static|sealed)\s+)*)([\w.]{1,100}(?:\s*<[^;{}()]{0,100}>)?)\s+$/;
const PARAMETERS = /^\s*\(([^)]{0,200})\)/;
/** Enough to find the declaration in any real script; crafted files with thousands of mentions stay cheap. */
const MAX_MENTIONS = 50;
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
    const problems = declarations(script.lexed.code).map((d) => {
      const wrong: string[] = [];
      if (!d.modifiers.includes('override')) wrong.push('is not declared override');
      if (!d.modifiers.includes('public')) wrong.push('is not public');
      if (!RETURN_TYPE.test(d.returnType)) wrong.push(`returns ${d.returnType} instead of Task<HttpResponseMessage>`);
      if (d.parameters !== '') wrong.push('takes parameters');
      return { offset: d.offset, wrong };
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

/** Each declaration of a method named ExecuteAsync (calls such as `await ExecuteAsync()` are left out). */
function declarations(code: string): Array<{ modifiers: string[]; returnType: string; parameters: string; offset: number }> {
  const result = [];
  const mentions = /\bExecuteAsync\b/g;
  for (let count = 0, m = mentions.exec(code); m && count < MAX_MENTIONS; count++, m = mentions.exec(code)) {
    const window = code.slice(Math.max(0, m.index - 200), m.index);
    const before = BEFORE_NAME.exec(window);
    const parameters = PARAMETERS.exec(code.slice(m.index + m[0].length, m.index + 400));
    if (!before || !parameters || STATEMENT_WORDS.has(before[2])) continue;
    result.push({
      modifiers: before[1].split(/\s+/),
      returnType: before[2].replace(/\s+/g, ''),
      parameters: parameters[1].trim(),
      offset: m.index - window.length + before.index + before[1].length,
    });
  }
  return result;
}
