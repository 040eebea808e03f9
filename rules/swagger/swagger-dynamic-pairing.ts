import { defineSpectralRule } from '../../src/model/rule';
import { dynamicCalls, V2_OF } from '../lib/dynamic';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { v2Reasons } from '../functions/dynamic-v2';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-dynamic-pairing',
  severity: 'info',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-values comes with x-ms-dynamic-list, and x-ms-dynamic-schema with x-ms-dynamic-properties.',
  criterion: {
    text: 'The documentation asks for the second-generation companion next to every first-generation dynamic extension so the connector benefits from newer designers; it is mandatory only for ambiguous or nested references (swagger-dynamic-v2-required).',
    url: SOURCES.extensions,
    rows: ['def-dynamic-pairing'],
  },
  fix: 'Add x-ms-dynamic-list next to x-ms-dynamic-values (or x-ms-dynamic-properties next to x-ms-dynamic-schema) with the same call in {value} / {parameterReference} form.',
  given: '$',
  then: {
    function: ruleFunction('dynamicPairing', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const call of dynamicCalls(swagger)) {
        const companion = V2_OF[call.kind];
        if (!companion || call.use.owner[companion] !== undefined) continue;
        if (v2Reasons(swagger, call).length > 0) continue; // reported as an error by swagger-dynamic-v2-required
        results.push({ message: `${call.kind} has no ${companion} companion.`, path: [...call.use.at, companion] });
      }
      return results;
    }),
  },
});
