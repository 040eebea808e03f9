import { defineSpectralRule } from '../../src/model/rule';
import { AUTOREST_EXTENSIONS, vendorKeyUses } from '../lib/extensions';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

export default defineSpectralRule({
  id: 'swagger-ext-autorest-ignored',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'AutoRest-only extensions (x-ms-enum, x-ms-skip-url-encoding, ...) are flagged because the platform ignores them.',
  criterion: {
    text: 'Extensions made for the AutoRest SDK generator, such as x-ms-enum, x-ms-parameter-location and x-ms-skip-url-encoding, have no effect in a connector; the platform equivalents must be used instead.',
    url: SOURCES.schemas,
    rows: ['def-ext-known-names'],
  },
  fix: 'Remove the AutoRest extension, or replace it with the platform extension that does the job (e.g. x-ms-enum-values, x-ms-url-encoding).',
  given: '$',
  then: {
    function: ruleFunction('extAutorestIgnored', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of vendorKeyUses(swagger)) {
        if (!AUTOREST_EXTENSIONS.has(use.key)) continue;
        const instead = REPLACEMENT[use.key];
        results.push({
          message: `"${use.key}" is an AutoRest extension that the platform ignores${instead ? `; use "${instead}" instead` : ''}.`,
          path: [...use.at, use.key],
        });
      }
      return results;
    }),
  },
});

const REPLACEMENT: Record<string, string> = {
  'x-ms-enum': 'x-ms-enum-values',
  'x-ms-skip-url-encoding': 'x-ms-url-encoding',
  'x-ms-client-name': 'x-ms-summary',
  'x-ms-parameterized-host': 'the dynamichosturl policy template',
};
