import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize, describeSchema, expandedCount, schemasOf } from '../lib/schemas';
import { SOURCES } from '../lib/sources';

const MAX = 512;

export default defineSpectralRule({
  id: 'swagger-body-schema-size',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `A request body, response or notification schema expands (with its $refs) to at most ${MAX} schema objects.`,
  criterion: {
    text: `One body or response schema may hold at most ${MAX} schema objects (properties and items) once its references are expanded; larger ones cannot be saved.`,
    url: SOURCES.validator,
    rows: ['sv-body-schema-count-exceeds-max-allowed'],
  },
  validatorCodes: ['BodySchemaCountExceedsMaxAllowed'],
  fix: 'Drop properties users do not need, use x-ms-dynamic-schema for large variable shapes, or split the operation.',
  given: '$',
  then: {
    function: ruleFunction('bodySchemaSize', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const node of schemasOf(swagger)) {
        if (node.depth !== 0 || node.top.kind === 'definition') continue;
        const count = expandedCount(swagger, node.schema, MAX);
        if (count <= MAX) continue;
        results.push({ message: `${capitalize(describeSchema(node))} expands to more than ${MAX} schema objects.`, path: node.at });
      }
      return results;
    }),
  },
});
