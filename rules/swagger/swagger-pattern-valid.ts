import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

/** Leading inline options such as "(?i)" are valid on the service (.NET) but not in JavaScript: check the rest. */
const INLINE_OPTIONS = /^\(\?[imnsx]+(-[imnsx]+)?\)/;

function compileError(pattern: string): string | undefined {
  try {
    new RegExp(pattern.replace(INLINE_OPTIONS, ''));
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

export default defineSpectralRule({
  id: 'swagger-pattern-valid',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"pattern" is a string holding a valid regular expression.',
  criterion: {
    text: 'A "pattern" must compile as a regular expression; the service uses .NET regular expressions, whose common syntax this rule checks.',
    url: SOURCES.validator,
    rows: ['sv-pattern-should-be-valid-regular-expression'],
  },
  validatorCodes: ['PatternShouldBeValidRegularExpression'],
  fix: 'Fix the regular expression (escape special characters such as "(", "[" and "\\"), or remove "pattern".',
  given: '$',
  then: {
    function: ruleFunction('patternValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the values with a pattern can be reported (most documents have none).
      for (const v of typedValuesWith(swagger, ['pattern'], (node) => node.pattern !== undefined)) {
        const pattern = v.node.pattern;
        if (pattern === undefined) continue;
        const problem = typeof pattern === 'string' ? compileError(pattern) : 'it is not a string';
        if (problem) results.push({ message: `${capitalize(v.label)} has the pattern ${show(pattern)}, which is not a valid regular expression: ${problem}.`, path: [...v.at, 'pattern'] });
      }
      return results;
    }),
  },
});
