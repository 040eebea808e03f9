import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-path-redefined',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No two path keys differ only in letter case.',
  criterion: {
    text: 'Paths must be unique when compared without regard to case; the same path written twice with different capitals is rejected.',
    url: SOURCES.validator,
    rows: ['sv-path-redefined'],
  },
  validatorCodes: ['PathRedefined'],
  fix: 'Merge the operations of both spellings under one path key.',
  given: '$',
  then: {
    function: ruleFunction('pathRedefined', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const paths = isObject(swagger) ? swagger.paths : undefined;
      if (!isObject(paths)) return results;
      const first = new Map<string, string>();
      for (const path of Object.keys(paths)) {
        const key = path.toLowerCase();
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, path);
        else results.push({ message: `The path "${path}" is the path "${earlier}" with different capitals.`, path: ['paths', path] });
      }
      return results;
    }),
  },
});
