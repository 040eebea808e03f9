import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { definitionName, resolveSchemaRef, type JsonPath } from '../lib/schemas';
import { refsOf } from '../lib/refs';
import { SOURCES } from '../lib/sources';

/** `at` builds the path of the `$ref`, for findings only (most edges close no loop). */
interface Edge { to: string; at: () => JsonPath }

/**
 * The definitions a value of `schema` must contain: through required properties and allOf members, stopping at
 * references (which become edges). Arrays and maps are not followed: they may be empty.
 */
function requiredEdges(swagger: unknown, schema: JsonObject, at: () => JsonPath, edges: Edge[], depth = 0): void {
  if (depth > 64) return;
  if (schema.$ref !== undefined) {
    const to = definitionName(schema.$ref);
    if (to !== undefined && resolveSchemaRef(swagger, schema.$ref)) edges.push({ to, at: () => [...at(), '$ref'] });
    return;
  }
  if (Array.isArray(schema.allOf)) schema.allOf.forEach((s, i) => isObject(s) && requiredEdges(swagger, s, () => [...at(), 'allOf', i], edges, depth + 1));
  const { required, properties } = schema;
  if (!Array.isArray(required) || !isObject(properties)) return;
  for (let i = 0; i < required.length; i++) {
    const name = required[i];
    // Each name once, where first listed.
    if (typeof name !== 'string' || !Object.hasOwn(properties, name) || required.indexOf(name) !== i) continue;
    const property = properties[name];
    if (isObject(property)) requiredEdges(swagger, property, () => [...at(), 'properties', name], edges, depth + 1);
  }
}

export default defineSpectralRule({
  id: 'swagger-required-ref-loop',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Required properties never lead, through $refs, back to the definition they start from.',
  criterion: {
    text: 'A loop of required properties (A requires a B, and B requires an A) describes a value that can never be completed; the validator rejects it.',
    url: SOURCES.validator,
    rows: ['sv-required-loop-in-schema-not-allowed'],
  },
  validatorCodes: ['RequiredLoopInSchemaNotAllowed'],
  fix: 'Make one property of the loop optional (remove it from "required"), or turn it into an array.',
  given: '$',
  then: {
    function: ruleFunction('requiredRefLoop', (swagger: unknown) => {
      const definitions = isObject(swagger) && isObject(swagger.definitions) ? swagger.definitions : undefined;
      if (!definitions) return;
      // Edges are schema references (the shared list has them all): a document without any (about half) has no loop.
      if (refsOf(swagger).length === 0) return [];
      const graph = new Map<string, Edge[]>();
      for (const [name, schema] of Object.entries(definitions)) {
        const edges: Edge[] = [];
        if (isObject(schema)) requiredEdges(swagger, schema, () => ['definitions', name], edges);
        graph.set(name, edges);
      }
      // Depth-first search; an edge back into the current stack closes a loop.
      const results: RuleResult[] = [];
      const state = new Map<string, 'open' | 'done'>();
      const stack: string[] = [];
      const visit = (name: string): void => {
        state.set(name, 'open');
        stack.push(name);
        for (const edge of graph.get(name) ?? []) {
          const s = state.get(edge.to);
          if (s === 'open') {
            const loop = [...stack.slice(stack.indexOf(edge.to)), edge.to].join(' → ');
            results.push({ message: `Required properties form a loop: ${loop}.`, path: edge.at() });
          } else if (s === undefined && graph.has(edge.to)) visit(edge.to);
        }
        stack.pop();
        state.set(name, 'done');
      };
      for (const name of graph.keys()) if (!state.has(name)) visit(name);
      return results;
    }),
  },
});
