import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { extensionUses } from '../lib/extensions';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const MAX = 80;

export default defineSpectralRule({
  id: 'swagger-param-summary-max-length',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `x-ms-summary of parameters and schema properties has at most ${MAX} characters.`,
  criterion: {
    text: `The display name of a parameter or schema property (x-ms-summary) is a short title of at most ${MAX} characters.`,
    url: SOURCES.strings,
    rows: ['def-param-x-ms-summary-max-80'],
  },
  validatorCodes: ['FieldLengthExceeded'],
  fix: `Shorten the x-ms-summary to ${MAX} characters or fewer and move the explanation into "description".`,
  given: '$',
  then: {
    function: ruleFunction('paramSummaryMaxLength', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-summary')) {
        if (!['parameter', 'schema', 'items'].includes(use.position)) continue;
        if (typeof use.value !== 'string' || use.value.length <= MAX) continue;
        results.push({ message: `The x-ms-summary ${show(use.value)} has ${use.value.length} characters; at most ${MAX} are allowed.`, path: [...use.at, 'x-ms-summary'] });
      }
      return results;
    }),
  },
});
