import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { visibleParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Short words Title Case leaves in lower case unless they come first. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);

/** The words of `name` that break Title Case. Words not starting with a letter, or already holding a capital ("iOS"), pass. */
function lowerCaseWords(name: string): string[] {
  // Only a word starting with a lower-case letter can break it: most names have none, and one test tells so.
  if (!/(?:^|\s)\p{Ll}/u.test(name)) return [];
  return name
    .split(/\s+/)
    .filter(Boolean)
    .filter((word, i) => /^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word) && !(i > 0 && MINOR_WORDS.has(word.toLowerCase())));
}

export default defineSpectralRule({
  id: 'swagger-param-summary-title-case',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The x-ms-summary of each visible parameter is in Title Case.',
  criterion: {
    text: 'Parameter display names (x-ms-summary) are written in Title Case, e.g. "Due Date"; short joining words may stay lower case. Internal parameters and parameters of internal operations are exempt.',
    url: SOURCES.strings,
    rows: ['def-param-title-case'],
  },
  fix: 'Capitalise each main word of the x-ms-summary, e.g. "Task ID" instead of "task id".',
  given: '$',
  then: {
    function: ruleFunction('paramSummaryTitleCase', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const p of visibleParametersOf(swagger)) {
        const name = p.parameter['x-ms-summary'];
        if (typeof name !== 'string') continue;
        const words = lowerCaseWords(name);
        if (words.length === 0) continue;
        results.push({
          message: `The x-ms-summary ${show(name)} of ${p.label} is not in Title Case (${words.map((w) => `"${w}"`).join(', ')}).`,
          path: [...p.at, 'x-ms-summary'],
        });
      }
      return results;
    }),
  },
});
