import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, expandedDepth, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

/** Unpublished by Microsoft: accepted connectors nest at most 15 levels, so 20 leaves room while catching runaway nesting. */
const MAX_DEPTH = 20;

export default defineSpectralRule({
  id: 'swagger-schema-depth',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `Request body, response and notification schemas nest at most ${MAX_DEPTH} levels deep, counting referenced definitions.`,
  criterion: {
    text: 'Schemas may not exceed the validator\'s maximum depth, counted through "$ref"s; the limit is not published, and this rule uses 20 levels (accepted connectors reach 15).',
    url: SOURCES.validator,
    rows: ['sv-schema-too-deep'],
  },
  validatorCodes: ['SchemaTooDeep'],
  fix: 'Flatten the schema: lift deeply nested objects to the top or return them from a separate operation.',
  given: '$',
  then: {
    function: ruleFunction('schemaDepth', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        if (node.depth !== 0 || node.top.kind === 'definition') continue;
        const depth = expandedDepth(swagger, node.schema);
        if (depth <= MAX_DEPTH) continue;
        results.push({ message: `${capitalize(describeSchema(node))} nests ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`, path: node.at });
      }
      return results;
    }),
  },
});
