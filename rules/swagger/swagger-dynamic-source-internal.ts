import { defineSpectralRule } from '../../src/model/rule';
import { isInternal } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { resolvedArguments } from '../functions/dynamic-arguments';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-source-internal',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A dynamic call does not reference an input that is internal (or inside an internal object) on a visible operation.',
  criterion: {
    text: 'An internal input is hidden and its default is not used when it is passed by reference, so a dynamic call that reads it gets no value; pass the default as a static value instead, or make the input visible.',
    url: SOURCES.validator,
    rows: ['sv-source-property-internal'],
  },
  validatorCodes: ['SourcePropertyInternal'],
  fix: 'Pass the internal input\'s default as a static value ({"value": ...} or a literal), or make the input visible.',
  given: '$',
  then: {
    function: ruleFunction('dynamicSourceInternal', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { call, arg, sources } of resolvedArguments(swagger)) {
        // Only operations users see matter: the inputs of a hidden helper operation are never filled in by hand.
        const visible = sources.filter((s) => !isInternal(s.op.operation));
        if (arg.kind !== 'reference' || visible.length === 0 || !visible.every((s) => s.input.internal)) continue;
        results.push({ message: `${call.kind} references "${arg.reference}", which is internal (itself or through a parent object).`, path: arg.at });
      }
      return results;
    }),
  },
});
