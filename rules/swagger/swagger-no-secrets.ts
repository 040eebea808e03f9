import { defineSpectralRule } from '../../src/model/rule';
import { positionOfNode } from '../lib/extensions';
import { nodesWithKey, type JsonPath } from '../lib/index';
import { isObject } from '../lib/json';
import { masked, secretKind } from '../lib/secret-values';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

/** Keys whose values are sample data, and the kinds of object where they are keywords. */
const VALUE_KEYS = ['x-ms-test-value', 'default', 'example', 'x-example', 'examples'];

export default defineSpectralRule({
  id: 'swagger-no-secrets',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Test values, defaults and examples contain no real-looking secrets (API keys, tokens, passwords, client secrets).',
  criterion: {
    text: 'The swagger is published: x-ms-test-value, default and example values must be harmless sample data, never a working key, token, password or signature.',
    url: SOURCES.schemas,
    rows: ['def-test-value-no-secrets', 'def-no-secrets'],
  },
  fix: 'Replace the value with an obvious placeholder such as "<your API key>", and revoke the exposed credential.',
  given: '$',
  then: {
    function: ruleFunction('noSecrets', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const key of VALUE_KEYS) {
        for (const found of nodesWithKey(swagger, key)) {
          const { node } = found;
          // Numbers and booleans hold no secret: skip them before working out where they are.
          if (node[key] === null || (typeof node[key] !== 'string' && typeof node[key] !== 'object')) continue;
          const position = positionOfNode(found);
          if (!position || (key === 'examples' && position !== 'response')) continue;
          const at = found.at;
          scan(node[key], [...at, key], fieldName(node, at), key, results);
        }
      }
      return results;
    }),
  },
});

/** The name of the field a value fills: the parameter's name, or the property / header name it is written under. */
function fieldName(owner: Record<string, unknown>, at: JsonPath): string | undefined {
  if (typeof owner.name === 'string' && typeof owner.in === 'string') return owner.name;
  const parent = at[at.length - 2];
  return parent === 'properties' || parent === 'headers' ? String(at[at.length - 1]) : undefined;
}

function scan(value: unknown, at: JsonPath, name: string | undefined, key: string, results: RuleResult[], depth = 0): void {
  if (depth > 20) return;
  if (typeof value === 'string') {
    const kind = secretKind(value, name);
    if (kind) results.push({ message: `The ${key} value ${masked(value)}${name ? ` of "${name}"` : ''} looks like ${kind}.`, path: at });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => scan(item, [...at, i], name, key, results, depth + 1));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) scan(v, [...at, k], k, key, results, depth + 1);
  }
}
