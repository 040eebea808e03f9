import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { refsOf } from '../lib/refs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-ref-no-siblings',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'An object holding a $ref has no other keys.',
  criterion: {
    text: 'When "$ref" is used, the object is replaced by its target, so no other key may sit next to it (descriptions, x-ms-summary and types there are rejected).',
    url: SOURCES.validator,
    rows: ['sv-additional-property-not-allowed-adjacent-to-ref'],
  },
  validatorCodes: ['AdditionalPropertyNotAllowedAdjacentToRef'],
  fix: 'Move the keys next to "$ref" into the referenced definition, or inline the definition instead of referencing it.',
  given: '$',
  then: {
    function: ruleFunction('refNoSiblings', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const site of refsOf(swagger)) {
        if (site.kind === 'pathItem') continue;
        for (const key of Object.keys(site.owner)) {
          if (key === '$ref') continue;
          results.push({ message: `"${key}" is written next to "$ref": "${String(site.ref)}"; keys beside a reference are not allowed.`, path: [...site.at, key] });
        }
      }
      return results;
    }),
  },
});
