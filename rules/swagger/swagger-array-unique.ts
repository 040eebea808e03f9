import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

/** A key equal for equal JSON values, whatever the key order of objects. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const isString = (item: unknown) => typeof item === 'string';

/** Whether an array holds two equal JSON values. */
function hasRepeats(list: unknown): boolean {
  if (!Array.isArray(list) || list.length < 2) return false;
  // Lists of strings (nearly all) compare as they are: equal strings have equal canonical keys, and only those.
  const plain = list.every(isString);
  // Short ones (most) are compared pair by pair, without building a set.
  if (plain && list.length <= 8) {
    for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return true;
    return false;
  }
  const keys = new Set<unknown>();
  for (const item of list) keys.add(plain ? item : canonical(item));
  return keys.size < list.length;
}

export default defineSpectralRule({
  id: 'swagger-array-unique',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"enum" values and the names in a schema\'s "required" list are unique.',
  criterion: {
    text: 'Arrays that hold a set, such as "enum" and "required", must not contain the same value twice.',
    url: SOURCES.validator,
    rows: ['sv-array-duplicate-value'],
  },
  validatorCodes: ['ArrayDuplicateValue'],
  fix: 'Delete the repeated value.',
  given: '$',
  then: {
    function: ruleFunction('arrayUnique', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes with a repeated value can be reported.
      for (const v of typedValuesWith(swagger, ['enum', 'required'], (node, key) => hasRepeats(node[key]))) {
        for (const key of v.kind === 'schema' ? ['enum', 'required'] : ['enum']) {
          const list = v.node[key];
          if (!Array.isArray(list)) continue;
          const seen = new Set<string>();
          list.forEach((item, i) => {
            const k = canonical(item);
            if (seen.has(k)) results.push({ message: `${capitalize(v.label)} lists ${show(item)} twice in "${key}".`, path: [...v.at, key, i] });
            seen.add(k);
          });
        }
      }
      return results;
    }),
  },
});
