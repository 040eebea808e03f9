import { defineSpectralRule } from '../../src/model/rule';
import { positionOfNode } from '../lib/extensions';
import { nodesWithKey, type JsonPath, type KeyedNode } from '../lib/index';
import { isObject } from '../lib/json';
import { masked, mayBeNamedSecret, namedSecretKind, secretFormatIn } from '../lib/secret-values';
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
          const value = found.node[key];
          // Numbers and booleans hold no secret: skip them before working out where they are.
          if (value === null || (typeof value !== 'string' && typeof value !== 'object')) continue;
          const position = positionOfNode(found);
          if (!position || (key === 'examples' && position !== 'response')) continue;
          scan(value, found, key, [], null, results);
        }
      }
      return results;
    }),
  },
});

/** The name of the field a value fills: the parameter's name, or the property / header name it is written under. */
function fieldName(found: KeyedNode): string | undefined {
  const owner = found.node;
  if (typeof owner.name === 'string' && typeof owner.in === 'string') return owner.name;
  const at = found.at;
  const parent = at[at.length - 2];
  return parent === 'properties' || parent === 'headers' ? String(at[at.length - 1]) : undefined;
}

/**
 * Scans the value of `key` in `found.node`; `rest` is the path below it, one array pushed and popped along the walk
 * (large examples hold many values, few of them findings: a finding copies it). `name` is the field a string fills, or
 * null for the owner's field, worked out (from the owner's path) only when a string may be a secret: most are not.
 */
function scan(value: unknown, found: KeyedNode, key: string, rest: JsonPath, name: string | undefined | null, results: RuleResult[], depth = 0): void {
  if (depth > 20) return;
  if (typeof value === 'string') {
    let kind = secretFormatIn(value);
    if (!kind && mayBeNamedSecret(value)) {
      if (name === null) name = fieldName(found);
      kind = namedSecretKind(value, name);
    }
    if (!kind) return;
    if (name === null) name = fieldName(found);
    results.push({ message: `The ${key} value ${masked(value)}${name ? ` of "${name}"` : ''} looks like ${kind}.`, path: [...found.at, key, ...rest] });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      rest.push(i);
      scan(value[i], found, key, rest, name, results, depth + 1);
      rest.pop();
    }
  } else if (isObject(value)) {
    for (const k of Object.keys(value)) {
      rest.push(k);
      scan(value[k], found, key, rest, k, results, depth + 1);
      rest.pop();
    }
  }
}
