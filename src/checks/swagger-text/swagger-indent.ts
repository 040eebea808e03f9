import { defineCheck } from '../../model/rule';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { SOURCES } from '../../../rules/lib/sources';
import { forEachLine } from './lib/lines';

export default defineCheck({
  id: 'swagger-indent',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  description: 'apiDefinition.swagger.json is indented with spaces only, in steps of 4 (or a consistent 2).',
  criterion: {
    text: 'The coding standards ask for soft indentation of 4 spaces and no hard tabs; reviewers ask to re-format tab-indented or ragged files.',
    url: SOURCES.codingStandards,
    rows: ['def-indent-4-spaces'],
  },
  fix: 'Re-format the file with an editor or formatter set to indent with 4 spaces.',
  run(connector, report) {
    const swagger = connector.swagger;
    if (!swagger || swagger.unreadable || swagger.encoding || swagger.text === '') return;
    const text = swagger.text;
    if (evenlyIndented(text)) return;
    let tabs = 0;
    let firstTab = 0;
    let unit = 0;
    let ragged = 0;
    let firstRagged = 0;
    forEachLine(text, (start, end, line) => {
      let i = start;
      let hasTab = false;
      for (let c = text.charCodeAt(i); i < end && (c === 32 || c === 9); c = text.charCodeAt(++i)) hasTab ||= c === 9;
      const indent = i - start;
      if (indent === 0 || i === end) return;
      if (hasTab) {
        if (tabs++ === 0) firstTab = line;
        return;
      }
      // The first indented line sets the step; JSON formatters indent it by exactly one step.
      if (unit === 0) unit = indent;
      if (indent % unit !== 0 || (unit !== 2 && unit !== 4)) {
        if (ragged++ === 0) firstRagged = line;
      }
    });
    const lines = (n: number) => (n === 1 ? '1 line is' : `${n} lines are`);
    if (tabs > 0) report({ file: swagger.name, line: firstTab, column: 1, message: `${lines(tabs)} indented with tabs, the first at line ${firstTab}.` });
    if (ragged === 0) return;
    const message =
      unit !== 2 && unit !== 4
        ? `The file is indented in steps of ${unit} spaces (line ${firstRagged}); use 4.`
        : `${lines(ragged)} not indented in steps of ${unit} spaces, the first at line ${firstRagged}.`;
    report({ file: swagger.name, line: firstRagged, column: 1, message });
  },
});

/** The first run of spaces that indents a line (the step a formatter used). */
const FIRST_INDENT = /(?:^|[\r\n])( +)[^ \t\r\n]/;
/**
 * A line indented by spaces that are not a whole number of steps (up to the line's first other character). Anchored on
 * "\n", which the regex engine finds fast; the first line is checked apart, and lone "\r" breaks go line by line.
 * `(?=((?: {4})*))\1` takes all whole steps at once and never gives them back (an "atomic" group, which JS lacks):
 * plain `(?: {4})*` backtracks step by step on every evenly indented line, ~40% slower over the corpus.
 */
const OFF_STEP: Record<number, { first: RegExp; other: RegExp }> = {
  2: { first: /^(?=((?: {2})*))\1 (?=[^ \t\r\n])/, other: /\n(?=((?: {2})*))\1 (?=[^ \t\r\n])/ },
  4: { first: /^(?=((?: {4})*))\1 {1,3}(?=[^ \t\r\n])/, other: /\n(?=((?: {4})*))\1 {1,3}(?=[^ \t\r\n])/ },
};

/**
 * The common case, decided by a few native regex scans instead of a look at every line: no tab anywhere, "\n" or
 * "\r\n" line breaks, and every line indented in whole steps of 2 or 4 spaces. When this says no, the line-by-line
 * pass finds and counts the problems.
 */
function evenlyIndented(text: string): boolean {
  if (text.includes('\t') || (text.includes('\r') && /\r(?!\n)/.test(text))) return false;
  const unit = FIRST_INDENT.exec(text)?.[1].length;
  if (unit === undefined) return true;
  const offStep = OFF_STEP[unit];
  return offStep !== undefined && !offStep.first.test(text) && !offStep.other.test(text);
}
