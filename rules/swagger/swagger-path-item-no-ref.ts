import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { refsOf } from '../lib/refs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-path-item-no-ref',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Path items are written out, not pulled in with $ref.',
  criterion: {
    text: 'Swagger 2.0 allows "$ref" on a path item, but the platform does not support it: every path must be written in the document.',
    url: SOURCES.validator,
    rows: ['sv-path-item-ref-not-suppored'],
  },
  validatorCodes: ['PathItemRefNotSuppored'],
  fix: 'Replace the "$ref" with the operations of the path written inline.',
  given: '$',
  then: {
    function: ruleFunction('pathItemNoRef', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const site of refsOf(swagger)) {
        if (site.kind !== 'pathItem') continue;
        results.push({ message: `The path "${String(site.at[1])}" uses "$ref"; path items must be written out.`, path: [...site.at, '$ref'] });
      }
      return results;
    }),
  },
});
