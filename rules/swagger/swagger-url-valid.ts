import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isHttpUrl } from '../lib/connector-info';
import { extensionUses } from '../lib/extensions';
import { nodesWithKey } from '../lib/index';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-url-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'The contact, license, externalDocs and x-ms-docs URLs are absolute http(s) URLs.',
  criterion: {
    text: 'Every "url" of the definition (support contact, license, external documentation) must be an absolute URL.',
    url: SOURCES.validator,
    rows: ['def-contact-url-absolute', 'sv-url-not-valid'],
  },
  validatorCodes: ['UrlNotValid'],
  fix: 'Write the full address with its scheme, e.g. "https://support.contoso.com".',
  given: '$',
  then: {
    function: ruleFunction('urlValid', (root: unknown) => {
      if (!isObject(root)) return;
      const results: RuleResult[] = [];
      // The path of a finding is built for findings only.
      const check = (owner: unknown, at: () => Array<string | number>, what: string) => {
        if (!isObject(owner)) return;
        const url = owner.url;
        // A missing or empty contact URL is reported by swagger-contact-url-required.
        if (url === undefined || url === null || url === '' || isHttpUrl(url)) return;
        results.push({ message: `The ${what} URL ${show(url)} is not an absolute http(s) URL.`, path: [...at(), 'url'] });
      };
      const info = root.info;
      if (isObject(info)) {
        check(info.contact, () => ['info', 'contact'], 'contact');
        check(info.license, () => ['info', 'license'], 'license');
      }
      // Nearly no document has either key: the key index says so without listing their uses.
      if (nodesWithKey(root, 'externalDocs').length > 0) {
        for (const use of extensionUses(root, 'externalDocs')) check(use.value, () => [...use.at, 'externalDocs'], 'externalDocs');
      }
      if (nodesWithKey(root, 'x-ms-docs').length > 0) {
        for (const use of extensionUses(root, 'x-ms-docs')) {
          const docs = use.value;
          if (Array.isArray(docs)) docs.forEach((doc, i) => check(doc, () => [...use.at, 'x-ms-docs', i], 'x-ms-docs'));
        }
      }
      return results;
    }),
  },
});
