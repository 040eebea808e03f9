import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { extensionUses, type ExtensionUse } from '../lib/extensions';
import { show } from '../lib/json';
import { nameOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const ALLOWED = ['important', 'advanced', 'internal'];

/** Where the value is written, for messages. */
function ownerOf(use: ExtensionUse): string {
  const at = use.at;
  if (use.position === 'operation') return `${String(at[2]).toUpperCase()} ${String(at[1])}`;
  if (use.position === 'parameter') return nameOf(use.owner);
  if (use.position === 'schema' && at[at.length - 2] === 'properties') return `property "${String(at[at.length - 1])}"`;
  return `a ${use.position}`;
}

export default defineSpectralRule({
  id: 'swagger-visibility-value',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-visibility is "important", "advanced" or "internal", in lower case.',
  criterion: {
    text: 'x-ms-visibility takes one of three lower-case values: important, advanced or internal; leave it out for normal visibility instead of writing an empty or capitalised value.',
    url: SOURCES.extensions,
    rows: ['def-visibility-enum', 'sv-json-value-not-in-enum'],
  },
  validatorCodes: ['JsonValueNotInEnum'],
  fix: 'Use "important", "advanced" or "internal" in lower case, or remove x-ms-visibility for normal visibility.',
  given: '$',
  then: {
    function: ruleFunction('visibilityValue', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-visibility')) {
        const value = use.value;
        if (typeof value === 'string' && ALLOWED.includes(value)) continue;
        const hint = typeof value === 'string' && ALLOWED.includes(value.toLowerCase()) ? ` (write it as "${value.toLowerCase()}")` : '';
        const shown = value === '' ? 'empty' : show(value);
        results.push({
          message: `The x-ms-visibility of ${ownerOf(use)} is ${shown}; it must be "important", "advanced" or "internal"${hint}.`,
          path: [...use.at, 'x-ms-visibility'],
        });
      }
      return results;
    }),
  },
});
