import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, isDeprecated, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-deprecated-suffix',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Deprecated visible operations say "(deprecated)" in their summary and description.',
  criterion: {
    text: 'When an operation is deprecated, its summary and description get the suffix "(deprecated)" so users see it in the designer. Internal operations are exempt.',
    url: SOURCES.deprecation,
    rows: ['def-deprecated-suffix'],
  },
  fix: 'Append " (deprecated)" to the summary and the description of the deprecated operation.',
  given: '$',
  then: {
    function: ruleFunction('deprecatedSuffix', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        if (!isDeprecated(op)) continue;
        for (const field of ['summary', 'description'] as const) {
          const text = op.operation[field];
          if (typeof text !== 'string' || text.trim() === '' || /\(deprecated\)/i.test(text)) continue;
          results.push({ message: `${describeOperation(op)} is deprecated but its ${field} ${show(text)} does not say "(deprecated)".`, path: [...op.at, field] });
        }
      }
      return results;
    }),
  },
});
