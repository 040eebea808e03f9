import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { REF_SECTION, refsOf } from '../lib/refs';
import { localRefSegments } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

const NOUN = { schema: 'schema', parameter: 'parameter', response: 'response' } as const;

export default defineSpectralRule({
  id: 'swagger-ref-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every $ref is a local JSON Pointer to an entry of the section its position requires (#/definitions/, #/parameters/ or #/responses/).',
  criterion: {
    text: 'References must be valid JSON Pointers within the document: schemas point to "#/definitions/<name>", parameters to "#/parameters/<name>", responses to "#/responses/<name>". References to other files or URLs are not allowed (and never fetched).',
    url: SOURCES.validator,
    rows: ['sv-json-pointer-not-valid', 'sv-schema-reference-not-valid', 'sv-parameter-reference-not-valid', 'sv-response-reference-not-valid'],
  },
  validatorCodes: ['JsonPointerNotValid', 'SchemaReferenceNotValid', 'ParameterReferenceNotValid', 'ResponseReferenceNotValid'],
  fix: 'Point the $ref at "#/<section>/<name>" in this file (escape "/" in names as "~1" and "~" as "~0"), copying external content in.',
  given: '$',
  then: {
    function: ruleFunction('refValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const site of refsOf(swagger)) {
        if (site.kind === 'pathItem') continue; // reported by swagger-path-item-no-ref
        const section = REF_SECTION[site.kind];
        const ref = site.ref;
        let problem: string | undefined;
        if (typeof ref !== 'string') problem = 'is not a string';
        else if (!ref.startsWith('#')) problem = `points outside this file; only local references to "#/${section}/..." are allowed`;
        else {
          const segments = localRefSegments(ref);
          if (!segments) problem = 'is not a valid JSON Pointer';
          else if (segments.length !== 2 || segments[0] !== section || segments[1] === '') problem = `must point to an entry of "#/${section}/"`;
        }
        // Most references are fine: the message and path are built for findings only.
        if (problem) results.push({ message: `The ${NOUN[site.kind]} reference ${show(ref)} ${problem}.`, path: [...site.at, '$ref'] });
      }
      return results;
    }),
  },
});
