import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The coding standards' order of the root keys; keys on one rank may come in any order, other keys anywhere. */
const RANKS: Array<string[]> = [['swagger'], ['info'], ['host', 'basePath', 'schemes'], ['consumes', 'produces'], ['paths'], ['definitions'], ['parameters']];
const RANK = new Map(RANKS.flatMap((keys, rank) => keys.map((k) => [k, rank] as const)));
const ORDER = RANKS.map((keys) => keys.join('/')).join(', ');

export default defineSpectralRule({
  id: 'swagger-key-order',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: `The root keys come in the order ${ORDER}.`,
  criterion: {
    text: `The coding standards order the root keys ${ORDER}, so that definitions read alike.`,
    url: SOURCES.codingStandards,
    rows: ['def-key-order'],
  },
  fix: `Reorder the root keys: ${ORDER}; other keys may follow.`,
  given: '$',
  then: {
    function: ruleFunction('keyOrder', (root: unknown) => {
      if (!isObject(root)) return;
      let last: string | undefined;
      for (const key of Object.keys(root)) {
        const rank = RANK.get(key);
        if (rank === undefined) continue;
        if (last !== undefined && rank < RANK.get(last)!) {
          return [{ message: `The root key "${key}" comes after "${last}"; the order is ${ORDER}.`, path: [key] }];
        }
        last = key;
      }
    }),
  },
});
