import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { propertiesOf } from '../lib/api-properties';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const CAPABILITIES = ['actions', 'triggers', 'gateway', 'cloud'];

export default defineSpectralRule({
  id: 'props-capabilities',
  severity: 'warning',
  programs: BOTH,
  file: FILES.apiProperties,
  document: 'apiProperties',
  description: `properties.capabilities is an array of known lower-case values (${CAPABILITIES.join(', ')}).`,
  criterion: {
    text: `capabilities lists what the connector offers, using only the lower-case values ${CAPABILITIES.join(', ')}.`,
    url: SOURCES.schemas,
    rows: ['props-capabilities'],
  },
  fix: `Use an array of the values ${CAPABILITIES.map((c) => `"${c}"`).join(', ')}, or an empty array.`,
  given: '$',
  then: {
    function: ruleFunction('capabilities', (root: unknown) => {
      const value = propertiesOf(root)?.capabilities;
      if (value === undefined) return;
      if (!Array.isArray(value)) return [{ message: `capabilities is ${show(value)}; it must be an array.`, path: ['properties', 'capabilities'] }];
      const results: RuleResult[] = [];
      value.forEach((item, index) => {
        if (typeof item === 'string' && CAPABILITIES.includes(item)) return;
        const lower = typeof item === 'string' ? item.trim().toLowerCase() : undefined;
        const hint = lower !== undefined && CAPABILITIES.includes(lower) ? `; write "${lower}"` : ` (allowed: ${CAPABILITIES.join(', ')})`;
        results.push({ message: `capabilities[${index}] is ${show(item)}, not a known capability${hint}.`, path: ['properties', 'capabilities', index] });
      });
      return results;
    }),
  },
});
