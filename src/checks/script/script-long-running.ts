import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { matchesIn } from './lib/csharp-lexer';
import { scriptOf } from './lib/script-source';

const SLEEP = /\bThread\s*\.\s*Sleep\s*\(/;
const DELAY = /\bTask\s*\.\s*Delay\s*\(\s*([^,)]{0,200})/;
const LOOP = /\b(while|for|foreach|do)\b/;
/** A delay of at least a second, written as milliseconds or as a TimeSpan. */
const LONG_DELAY = /^(\d[\d_]*)$|TimeSpan\s*\.\s*From(Milliseconds|Seconds|Minutes|Hours|Days)\s*\(\s*(\d+(?:\.\d+)?)/;

export default defineCheck({
  id: 'script-long-running',
  severity: 'warning',
  programs: BOTH,
  file: FILES.script,
  description: 'script.csx does not sleep, wait a second or more, or poll in a loop: custom code must finish within 5 seconds.',
  criterion: {
    text: 'A custom code call must complete within 5 seconds; sleeping and polling loops make it time out.',
    url: SOURCES.customCode,
    rows: ['script-long-running'],
  },
  fix: 'Remove the wait: return quickly and let the flow poll (e.g. an asynchronous pattern or a polling trigger) instead.',
  run(connector, report) {
    const script = scriptOf(connector);
    if (!script) return;
    const code = script.lexed.code;
    const delays = matchesIn(code, DELAY);
    const inLoop = insideAny(delays.length > 0 ? loopBodies(code) : []);
    const at = (offset: number) => ({ file: script.file.name, ...script.lexed.position(offset) });
    for (const m of matchesIn(code, SLEEP)) {
      report({ ...at(m.index), message: 'Thread.Sleep blocks the script, which must finish within 5 seconds.' });
    }
    for (const m of delays) {
      const seconds = delaySeconds(m[1].trim());
      if (inLoop(m.index)) report({ ...at(m.index), message: 'Task.Delay inside a loop: the script polls, and must finish within 5 seconds.' });
      else if (seconds !== undefined && seconds >= 1) report({ ...at(m.index), message: `Task.Delay waits ${seconds} s of the 5 seconds a script may run.` });
    }
  },
});

function delaySeconds(argument: string): number | undefined {
  const m = LONG_DELAY.exec(argument);
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1].replace(/_/g, '')) / 1000;
  const unit = { Milliseconds: 0.001, Seconds: 1, Minutes: 60, Hours: 3600, Days: 86400 }[m[2] as 'Seconds'];
  return Number(m[3]) * unit;
}

/** [start, end) offsets of each loop's body in the blanked code. */
function loopBodies(code: string): Array<[number, number]> {
  const close = closingBrackets(code);
  const bodies: Array<[number, number]> = [];
  for (const m of matchesIn(code, LOOP)) {
    let i = m.index + m[0].length;
    if (m[1] !== 'do') {
      i = skipSpaces(code, i);
      if (code[i] !== '(') continue;
      i = (close.get(i) ?? code.length) + 1;
    }
    i = skipSpaces(code, i);
    const end = code[i] === '{' ? (close.get(i) ?? code.length) : code.indexOf(';', i) + 1 || code.length;
    bodies.push([i, end]);
  }
  return bodies;
}

/** A test for "inside one of these ranges", by binary search over their merged union. */
function insideAny(ranges: Array<[number, number]>): (offset: number) => boolean {
  const merged: Array<[number, number]> = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return (offset) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (merged[mid][0] < offset) low = mid + 1;
      else high = mid - 1;
    }
    return high >= 0 && offset < merged[high][1];
  };
}

function skipSpaces(code: string, i: number): number {
  while (i < code.length && /\s/.test(code[i])) i++;
  return i;
}

/** For each opening ( or {, the offset of its closing bracket (one pass, so large scripts stay linear). */
function closingBrackets(code: string): Map<number, number> {
  const close = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '{') stack.push(i);
    else if ((c === ')' || c === '}') && stack.length > 0) close.set(stack.pop()!, i);
  }
  return close;
}
