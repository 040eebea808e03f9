import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isNonEmptyString, isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

/** The enum the display names apply to: the object's own, or its items' for an array. */
function enumOf(owner: Record<string, unknown>): unknown[] | undefined {
  if (Array.isArray(owner.enum)) return owner.enum;
  if (isObject(owner.items) && Array.isArray(owner.items.enum)) return owner.items.enum;
  return undefined;
}

export default defineSpectralRule({
  id: 'swagger-enum-values-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-enum-values is a list of {value, displayName} whose values are unique and taken from the sibling enum.',
  criterion: {
    text: 'x-ms-enum-values gives display names to enum values: an array of objects with a "value" from the enum next to it and a text "displayName"; one display name per value.',
    url: SOURCES.validator,
    rows: ['def-enum-values-shape', 'sv-duplicate-enum-values-in-extension', 'sv-invalid-enum-values-extension-value', 'sv-missing-enum-values-display-name'],
  },
  validatorCodes: ['DuplicateEnumValuesInExtension', 'InvalidEnumValuesExtensionValue', 'MissingEnumValuesDisplayName'],
  fix: 'Give each x-ms-enum-values entry a "value" listed in the sibling "enum" (once) and a "displayName".',
  given: '$',
  then: {
    function: ruleFunction('enumValuesShape', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-enum-values')) {
        // Paths are built for findings only: most lists are fine.
        const at = (...rest: Array<string | number>) => [...use.at, use.key, ...rest];
        if (!Array.isArray(use.value)) {
          results.push({ message: `x-ms-enum-values is ${show(use.value)}; it must be an array of {"value", "displayName"} objects.`, path: at() });
          continue;
        }
        const allowed = enumOf(use.owner);
        // Two values are the same when their JSON texts are: each is written once, then looked up.
        let allowedTexts: Set<string | undefined> | undefined;
        const seen = new Set<string | undefined>();
        use.value.forEach((entry, i) => {
          if (!isObject(entry)) {
            results.push({ message: `x-ms-enum-values[${i}] is ${show(entry)}; it must be an object with "value" and "displayName".`, path: at(i) });
            return;
          }
          if (!('value' in entry)) results.push({ message: `x-ms-enum-values[${i}] has no "value".`, path: at(i, 'value') });
          if (!isNonEmptyString(entry.displayName)) {
            const problem = entry.displayName === undefined ? 'has no "displayName"' : `has the displayName ${show(entry.displayName)}`;
            results.push({ message: `x-ms-enum-values[${i}] ${problem}; a non-empty text is required.`, path: at(i, 'displayName') });
          }
          if (!('value' in entry)) return;
          const text = JSON.stringify(entry.value);
          if (seen.has(text)) {
            results.push({ message: `x-ms-enum-values lists the value ${show(entry.value)} more than once.`, path: at(i, 'value') });
          }
          seen.add(text);
          if (allowed === undefined) {
            if (i === 0) results.push({ message: 'x-ms-enum-values is used without an "enum" next to it.', path: [...use.at, 'enum'] });
          } else if (!(allowedTexts ??= new Set(allowed.map((v) => JSON.stringify(v)))).has(text)) {
            results.push({ message: `x-ms-enum-values value ${show(entry.value)} is not in the enum ${show(allowed)}.`, path: at(i, 'value') });
          }
        });
      }
      return results;
    }),
  },
});
