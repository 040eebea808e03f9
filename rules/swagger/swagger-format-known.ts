import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

/** The formats the platform knows, by the type they describe (Swagger 2.0 formats plus the platform's own). */
const FORMATS_BY_TYPE: Record<string, string[]> = {
  integer: ['int32', 'int64'],
  number: ['float', 'double', 'int32', 'int64'],
  string: ['byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'],
  file: ['binary'],
};
const KNOWN = new Set(Object.values(FORMATS_BY_TYPE).flat());

/** Whether the node's format is a known one for its type (any known one when it has no type). */
function fits(node: JsonObject): boolean {
  const { format, type } = node;
  if (typeof format !== 'string') return false;
  if (typeof type !== 'string') return KNOWN.has(format);
  return Object.hasOwn(FORMATS_BY_TYPE, type) && FORMATS_BY_TYPE[type].includes(format);
}

export default defineSpectralRule({
  id: 'swagger-format-known',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: '"format" is one of the formats the platform knows and fits the declared "type".',
  criterion: {
    text: 'Formats are limited to int32, int64, float, double, byte, binary, date, date-time, password, date-no-tz, email, html, uri and uuid, each on a matching type; the validator reports other type/format pairs as unrecognized.',
    url: SOURCES.validator,
    rows: ['def-format-known', 'sv-unrecognized-type-format'],
  },
  validatorCodes: ['UnrecognizedTypeFormat'],
  fix: 'Use a known format that fits the type (e.g. "uuid" for a GUID string, "double" for a decimal number), or remove "format".',
  given: '$',
  then: {
    function: ruleFunction('formatKnown', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the nodes whose format does not fit can be reported.
      for (const v of typedValuesWith(swagger, ['format'], (node) => !fits(node))) {
        const format = v.node.format;
        if (format === undefined || fits(v.node)) continue;
        const type = v.node.type;
        const pair = typeof type === 'string' ? `${type}/${typeof format === 'string' ? format : show(format)}` : show(format);
        const reason = typeof format === 'string' && KNOWN.has(format) ? 'does not fit its type' : 'is not a known format';
        results.push({ message: `The format of ${v.label} (${pair}) ${reason}.`, path: [...v.at, 'format'] });
      }
      return results;
    }),
  },
});
