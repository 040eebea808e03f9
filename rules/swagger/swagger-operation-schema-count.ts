import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, type JsonObject } from '../lib/json';
import { describeOperation } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { notificationSchemaOf, responsesOf } from '../lib/responses';
import { expandedCount } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { operationsOf, parametersOf, type OperationRef } from '../lib/swagger';

/** Unpublished by Microsoft: the largest accepted operation holds 691 schema objects; 1,000 is the first round figure above. */
const MAX = 1000;

/** The schemas one operation uses: each parameter (a body parameter through its schema), each response, its notification content. */
function schemasOfOperation(swagger: unknown, op: OperationRef): JsonObject[] {
  const schemas: JsonObject[] = [];
  for (const { parameter } of parametersOf(swagger, op)) {
    // A non-body parameter is a schema itself (its `items` nest below it).
    if (parameter.in !== 'body') schemas.push(parameter);
    else if (isObject(parameter.schema)) schemas.push(parameter.schema);
  }
  for (const { response } of responsesOf(swagger, op)) if (isObject(response.schema)) schemas.push(response.schema);
  const notification = notificationSchemaOf(op);
  if (notification) schemas.push(notification);
  return schemas;
}

/**
 * A schema with no reference and none of the keys that hold sub-schemas, e.g. most non-body parameters: it counts 1,
 * as expandedCount would say, without setting up a count for it.
 */
function isLeaf(schema: JsonObject): boolean {
  return schema.$ref === undefined && schema.properties === undefined && schema.items === undefined && schema.additionalProperties === undefined && schema.allOf === undefined;
}

export default defineSpectralRule({
  id: 'swagger-operation-schema-count',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `One operation's parameters, request body and responses together expand (with their $refs) to at most ${MAX} schema objects.`,
  criterion: {
    text: `The validator caps the number of schema objects one operation uses (parameters, body and responses, references expanded); the limit is not published, and this rule uses ${MAX} (the largest accepted operation has 691).`,
    url: SOURCES.validator,
    rows: ['sv-operation-schema-count-exceeds-max-allowed'],
  },
  validatorCodes: ['OperationSchemaCountExceedsMaxAllowed'],
  fix: 'Drop properties users do not need, use x-ms-dynamic-schema for large variable shapes, or split the operation.',
  given: '$',
  then: {
    function: ruleFunction('operationSchemaCount', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        let total = 0;
        for (const schema of schemasOfOperation(swagger, op)) {
          total += isLeaf(schema) ? 1 : expandedCount(swagger, schema, MAX);
          if (total > MAX) break;
        }
        if (total <= MAX) continue;
        results.push({ message: `${describeOperation(op)} uses more than ${MAX} schema objects in its parameters and responses (references expanded).`, path: op.at });
      }
      return results;
    }),
  },
});
