import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The validator's limit is not published; see the Notes of the doc page for how this value was chosen. */
const MAX = 256;

export default defineSpectralRule({
  id: 'swagger-operations-max-count',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `A connector defines at most ${MAX} operations.`,
  criterion: {
    text: `The validator rejects a definition with more operations than its limit; the limit is not published, and ${MAX} is above every accepted connector.`,
    url: SOURCES.validator,
    rows: ['sv-total-operations-count-exceeds-max-allowed'],
  },
  validatorCodes: ['TotalOperationsCountExceedsMaxAllowed'],
  fix: 'Split the API into several connectors, or drop operations users do not need.',
  given: '$',
  then: {
    function: ruleFunction('operationsMaxCount', (swagger: unknown) => {
      const count = operationsOf(swagger).length;
      if (count > MAX) return [{ message: `The definition has ${count} operations; at most ${MAX} are allowed.`, path: ['paths'] }];
    }),
  },
});
