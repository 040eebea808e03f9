import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { describeOperation } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { isSuccess, responsesOf } from '../lib/responses';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

export default defineSpectralRule({
  id: 'swagger-response-schema-single',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'At most one 2xx response of an operation defines a non-empty schema.',
  criterion: {
    text: 'The designer builds an action\'s outputs from one response schema only, so an operation should define a schema on a single success response. Error responses (4xx, 5xx) may describe their bodies; a schema on "default" is reported by swagger-default-response-no-schema.',
    url: SOURCES.validator,
    rows: ['sv-operation-has-many-responses-with-schema'],
  },
  validatorCodes: ['OperationHasManyResponsesWithSchema'],
  fix: 'Keep the schema on the main success response and remove it from the other 2xx responses.',
  given: '$',
  then: {
    function: ruleFunction('responseSchemaSingle', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        // An empty {} schema declares no outputs, so nothing is lost when the designer ignores it.
        const withSchema = responsesOf(swagger, op).filter((r) => isSuccess(r.code) && isObject(r.response.schema) && Object.keys(r.response.schema).length > 0);
        if (withSchema.length < 2) continue;
        const codes = withSchema.map((r) => r.code);
        results.push({
          message: `${describeOperation(op)} defines a schema on ${codes.length} success responses (${codes.join(', ')}); the designer uses only one of them.`,
          // The response key exists in the operation even when its object is a shared $ref.
          path: [...op.at, 'responses', codes[1]],
        });
      }
      return results;
    }),
  },
});
