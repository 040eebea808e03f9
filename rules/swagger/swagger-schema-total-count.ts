import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

/** Unpublished by Microsoft: the largest accepted connector holds 4,311 schema objects; 5,000 is the first round figure above. */
const MAX = 5000;

export default defineSpectralRule({
  id: 'swagger-schema-total-count',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `The whole swagger holds at most ${MAX} schema objects.`,
  criterion: {
    text: `The validator caps the number of schema objects in one swagger; the limit is not published, and this rule uses ${MAX} (the largest accepted connector has 4,311).`,
    url: SOURCES.validator,
    rows: ['sv-total-schema-count-exceeds-max-allowed'],
  },
  validatorCodes: ['TotalSchemaCountExceedsMaxAllowed'],
  fix: 'Remove unused definitions and properties users do not need, or split the connector in two.',
  given: '$',
  then: {
    function: ruleFunction('schemaTotalCount', (swagger: unknown) => {
      const count = schemasOf(swagger).length;
      if (count <= MAX) return;
      return [{ message: `The swagger holds ${count} schema objects; at most ${MAX} are allowed.`, path: isObject(swagger) && isObject(swagger.definitions) ? ['definitions'] : ['paths'] }];
    }),
  },
});
