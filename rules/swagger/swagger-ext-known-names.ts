import { defineSpectralRule } from '../../src/model/rule';
import { AUTOREST_EXTENSIONS, isPlatformExtension, suggestExtension, vendorKeyUses } from '../lib/extensions';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-ext-known-names',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every x-ms-* key is an extension the platform knows, and no x- key is a misspelt one.',
  criterion: {
    text: 'The platform silently ignores x-ms-* keys it does not know, so a misspelt extension (x-ms-visibilty, x-ms-summmary) loses its effect; the connector schema rejects unknown x-ms-* keys.',
    url: SOURCES.schemas,
    rows: ['def-ext-known-names'],
  },
  fix: 'Correct the spelling of the extension name, or remove the key.',
  given: '$',
  then: {
    function: ruleFunction('extKnownNames', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of vendorKeyUses(swagger)) {
        const { key } = use;
        if (isPlatformExtension(key) || AUTOREST_EXTENSIONS.has(key)) continue;
        const suggestion = suggestExtension(key);
        const isMs = /^x-ms-/.test(key);
        // Other x- keys are free vendor extensions; only those that look like a platform extension are reported.
        if (!isMs && suggestion === undefined) continue;
        const hint = suggestion === undefined ? 'the platform ignores it.' : `did you mean "${suggestion}"?`;
        results.push({ message: `"${key}" is not a known extension; ${hint}`, path: [...use.at, key] });
      }
      return results;
    }),
  },
});
