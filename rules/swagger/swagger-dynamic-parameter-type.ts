import { defineSpectralRule } from '../../src/model/rule';
import { describeOperation } from '../lib/dynamic';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { resolvedArguments } from '../functions/dynamic-arguments';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

/** The JSON type of a literal, in Swagger terms. */
function literalType(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a value of type `given` can fill an input declared `expected` (integers fit numbers). */
function fits(given: string, expected: string): boolean {
  return given === expected || (given === 'integer' && expected === 'number');
}

export default defineSpectralRule({
  id: 'swagger-dynamic-parameter-type',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Values a dynamic call passes (static values and referenced inputs) have the type of the parameter they fill.',
  criterion: {
    text: 'A static value in a dynamic call must have the JSON type of the called parameter, and an input passed by reference must be declared with the same type as the parameter it feeds.',
    url: SOURCES.validator,
    rows: ['sv-operation-parameter-static-type-mismatch', 'sv-operation-parameter-type-mismatch'],
  },
  validatorCodes: ['OperationParameterStaticTypeMismatch', 'OperationParameterTypeMismatch'],
  fix: 'Give the passed value, or the referenced input, the type of the called parameter (e.g. 5 rather than "5" for an integer).',
  given: '$',
  then: {
    function: ruleFunction('dynamicParameterType', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { call, arg, target, sources } of resolvedArguments(swagger)) {
        const expected = target?.type;
        if (!expected || !call.target) continue;
        if (arg.kind === 'static') {
          const given = literalType(arg.value);
          if (given && !fits(given, expected)) {
            results.push({ message: `"${arg.key}" of ${describeOperation(call.target)} is ${expected}, but the static value ${JSON.stringify(arg.value)} is ${given}.`, path: arg.at });
          }
        } else if (arg.kind === 'reference') {
          const mismatch = sources.map((s) => s.input.type).find((type) => type !== undefined && !fits(type, expected));
          if (mismatch) {
            results.push({ message: `"${arg.key}" of ${describeOperation(call.target)} is ${expected}, but the referenced input "${arg.reference}" is ${mismatch}.`, path: arg.at });
          }
        }
      }
      return results;
    }),
  },
});
