import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { describeOperation, resolveParameter } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Indexes of the body parameters of a list (`$ref`s followed). */
function bodyIndexes(swagger: unknown, list: unknown): number[] {
  const indexes: number[] = [];
  if (!Array.isArray(list)) return indexes;
  for (let i = 0; i < list.length; i++) if (resolveParameter(swagger, list[i])?.in === 'body') indexes.push(i);
  return indexes;
}

export default defineSpectralRule({
  id: 'swagger-parameters-single-body',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An operation, together with the parameters of its path, has at most one "in": "body" parameter.',
  criterion: {
    text: 'A request has one body, so an operation (including the parameters it inherits from its path) and a path each allow at most one body parameter.',
    url: SOURCES.validator,
    rows: ['sv-operation-parameters-contain-multiple-body-parameters', 'sv-path-parameters-contain-multiple-body-parameters'],
  },
  validatorCodes: ['OperationParametersContainMultipleBodyParameters', 'PathParametersContainMultipleBodyParameters'],
  fix: 'Merge the body parameters into one whose schema has a property for each part.',
  given: '$',
  then: {
    function: ruleFunction('parametersSingleBody', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const pathBodies = new Map<string, number[]>();
      const paths = isObject(swagger) ? swagger.paths : undefined;
      if (isObject(paths)) {
        for (const [path, item] of Object.entries(paths)) {
          if (!isObject(item)) continue;
          const bodies = bodyIndexes(swagger, item.parameters);
          if (bodies.length > 0) pathBodies.set(path, bodies);
          for (let b = 1; b < bodies.length; b++) results.push({ message: `The path "${path}" has more than one body parameter.`, path: ['paths', path, 'parameters', bodies[b]] });
        }
      }
      for (const op of operationsOf(swagger)) {
        const own = bodyIndexes(swagger, op.operation.parameters);
        // Paths are built only for findings: most operations have one body or none.
        for (let b = 1; b < own.length; b++) results.push({ message: `${describeOperation(op)} has more than one body parameter.`, path: [...op.at, 'parameters', own[b]] });
        // One own body plus one from the path item is also two bodies, unless the own one overrides it (same name).
        if (own.length !== 1) continue;
        const ownName = resolveParameter(swagger, (op.operation.parameters as unknown[])[own[0]])?.name;
        const inherited = (pathBodies.get(op.path) ?? []).filter((i) => resolveParameter(swagger, (op.pathItem.parameters as unknown[])[i])?.name !== ownName);
        if (inherited.length > 0) {
          results.push({ message: `${describeOperation(op)} has a body parameter and also inherits one from its path.`, path: [...op.at, 'parameters', own[0]] });
        }
      }
      return results;
    }),
  },
});
