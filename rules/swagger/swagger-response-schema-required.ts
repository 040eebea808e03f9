import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { outputResponsesOf } from '../lib/responses';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

export default defineSpectralRule({
  id: 'swagger-response-schema-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every visible operation that answers 200 or 201 declares a response schema for it.',
  criterion: {
    text: 'Actions must describe their outputs with a schema on the 200/201 response; webhook triggers describe theirs in x-ms-notification-content. Deletes, triggers, internal operations and operations that answer 202/204 (no content) are exempt.',
    url: SOURCES.validator,
    rows: ['def-response-schema-present', 'sv-schema-definition-set-incorrectly'],
  },
  validatorCodes: ['SchemaDefinitionSetIncorrectly'],
  fix: 'Add a "schema" describing the returned JSON to the 200/201 response, or answer 204 when nothing is returned.',
  given: '$',
  then: {
    function: ruleFunction('responseSchemaRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const seen = new Set<string>();
      for (const op of operationsOf(swagger)) {
        const responses = outputResponsesOf(swagger, op);
        const answers = responses.filter((r) => r.code === '200' || r.code === '201');
        if (answers.length === 0 || answers.some((r) => r.response.schema !== undefined)) continue;
        const first = answers[0];
        const key = first.at.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        const id = typeof op.operation.operationId === 'string' ? ` ("${op.operation.operationId}")` : '';
        results.push({
          message: `${op.method.toUpperCase()} ${op.path}${id} answers ${answers.map((r) => r.code).join('/')} without a response schema, so its outputs are invisible in the designer.`,
          path: [...first.at, 'schema'],
        });
      }
      return results;
    }),
  },
});
