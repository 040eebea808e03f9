import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const NAMES = ['nextLink', '@odata.nextLink'];

export default defineSpectralRule({
  id: 'swagger-pageable-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-pageable is {"nextLinkName": "nextLink"} or {"nextLinkName": "@odata.nextLink"}.',
  criterion: {
    text: 'x-ms-pageable names the response property holding the next page URL; the validator accepts only "nextLink" and "@odata.nextLink" (exact case), and the object has no other keys.',
    url: SOURCES.validator,
    rows: ['def-pageable-shape', 'sv-invalid-next-link-name-value'],
  },
  validatorCodes: ['InvalidNextLinkNameValue'],
  fix: 'Write "x-ms-pageable": {"nextLinkName": "@odata.nextLink"} (or "nextLink"); for another name, rename it with the updatenextlink policy.',
  given: '$',
  then: {
    function: ruleFunction('pageableShape', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-pageable')) {
        const at = [...use.at, use.key];
        if (!isObject(use.value)) {
          results.push({ message: `x-ms-pageable is ${show(use.value)}; it must be an object with "nextLinkName".`, path: at });
          continue;
        }
        const name = use.value.nextLinkName;
        if (name === undefined) results.push({ message: 'x-ms-pageable has no "nextLinkName".', path: [...at, 'nextLinkName'] });
        else if (typeof name !== 'string' || !NAMES.includes(name)) {
          results.push({ message: `x-ms-pageable.nextLinkName is ${show(name)}; only "nextLink" and "@odata.nextLink" are supported.`, path: [...at, 'nextLinkName'] });
        }
        for (const key of Object.keys(use.value)) {
          if (key !== 'nextLinkName') results.push({ message: `x-ms-pageable has the key "${key}"; only "nextLinkName" is allowed.`, path: [...at, key] });
        }
      }
      return results;
    }),
  },
});
