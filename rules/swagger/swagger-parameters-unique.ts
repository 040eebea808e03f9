import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { describeOperation, resolveParameter } from '../lib/operations';
import { operationsOf, type JsonPath, type OperationRef } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Header names are compared without case, as HTTP does. */
function keyOf(parameter: Record<string, unknown>): string | undefined {
  if (typeof parameter.name !== 'string' || typeof parameter.in !== 'string') return undefined;
  return `${parameter.in}\u0000${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

export default defineSpectralRule({
  id: 'swagger-parameters-unique',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A parameters list (of an operation or of a path) never holds two parameters with the same name and location.',
  criterion: {
    text: 'Within one parameters list, a parameter is identified by its name and location ("in"); the validator rejects two entries with the same pair.',
    url: SOURCES.validator,
    rows: ['sv-operation-parameters-are-not-unique', 'sv-operation-parameters-contain-duplicate-parameter', 'sv-path-parameters-contain-duplicate-parameter'],
  },
  validatorCodes: ['OperationParametersAreNotUnique', 'OperationParametersContainDuplicateParameter', 'PathParametersContainDuplicateParameter'],
  fix: 'Remove the second parameter, or rename it if both are needed.',
  given: '$',
  then: {
    function: ruleFunction('parametersUnique', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // `owner` is the path template of a path item, or the operation; paths and labels are built only for findings.
      const checkList = (list: unknown, owner: string | OperationRef) => {
        // A list of one parameter (the most common case) repeats none: nothing to resolve.
        if (!Array.isArray(list) || list.length < 2) return;
        const seen = new Set<string>();
        for (let i = 0; i < list.length; i++) {
          const parameter = resolveParameter(swagger, list[i]);
          const key = parameter ? keyOf(parameter) : undefined;
          if (!parameter || key === undefined) continue;
          if (!seen.has(key)) {
            seen.add(key);
            continue;
          }
          const where = typeof owner === 'string' ? `The path "${owner}"` : describeOperation(owner);
          const at: JsonPath = typeof owner === 'string' ? ['paths', owner, 'parameters'] : [...owner.at, 'parameters'];
          results.push({ message: `${where} lists the parameter "${String(parameter.name)}" (${String(parameter.in)}) more than once.`, path: [...at, i] });
        }
      };
      const paths = isObject(swagger) ? swagger.paths : undefined;
      if (isObject(paths)) {
        for (const [path, item] of Object.entries(paths)) if (isObject(item)) checkList(item.parameters, path);
      }
      for (const op of operationsOf(swagger)) checkList(op.operation.parameters, op);
      return results;
    }),
  },
});
