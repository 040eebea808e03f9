import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { REF_SECTION, refsOf } from '../lib/refs';
import { getPathOwn, localRefSegments } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-ref-target-exists',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every well-formed #/definitions/, #/parameters/ and #/responses/ reference names an entry that exists.',
  criterion: {
    text: 'A reference must resolve: the definition, shared parameter or shared response it names has to be defined in the document.',
    url: SOURCES.validator,
    rows: ['sv-schema-reference-not-found', 'sv-parameter-reference-not-found', 'sv-response-reference-not-found'],
  },
  validatorCodes: ['SchemaReferenceNotFound', 'ParameterReferenceNotFound', 'ResponseReferenceNotFound'],
  fix: 'Define the missing entry under the root section, or correct the name in the $ref (names are case-sensitive).',
  given: '$',
  then: {
    function: ruleFunction('refTargetExists', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // The same schema references recur throughout a document: each one found fine is not looked at again.
      const fine = new Set<unknown>();
      for (const site of refsOf(swagger)) {
        if (site.kind === 'pathItem') continue;
        const schema = site.kind === 'schema';
        if (schema && fine.has(site.ref)) continue;
        const section = REF_SECTION[site.kind];
        const segments = localRefSegments(site.ref);
        // Malformed or misplaced references are swagger-ref-valid's findings.
        if (!segments || segments.length !== 2 || segments[0] !== section || segments[1] === '' || isObject(getPathOwn(swagger, segments))) {
          if (schema) fine.add(site.ref);
          continue;
        }
        results.push({ message: `The reference "${String(site.ref)}" names "${segments[1]}", which is not defined under "${section}".`, path: [...site.at, '$ref'] });
      }
      return results;
    }),
  },
});
