import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { typedValuesOf } from '../lib/values';

/** The formats the platform knows, by the type they describe (Swagger 2.0 formats plus the platform's own). */
const FORMATS_BY_TYPE: Record<string, string[]> = {
  integer: ['int32', 'int64'],
  number: ['float', 'double', 'int32', 'int64'],
  string: ['byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'],
  file: ['binary'],
};
const KNOWN = new Set(Object.values(FORMATS_BY_TYPE).flat());

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
      for (const v of typedValuesOf(swagger)) {
        const format = v.node.format;
        if (format === undefined) continue;
        const type = v.node.type;
        const allowed = typeof type === 'string' ? (Object.hasOwn(FORMATS_BY_TYPE, type) ? FORMATS_BY_TYPE[type] : []) : [...KNOWN];
        const fits = typeof format === 'string' && allowed.includes(format);
        if (fits) continue;
        const pair = typeof type === 'string' ? `${type}/${typeof format === 'string' ? format : show(format)}` : show(format);
        const reason = typeof format === 'string' && KNOWN.has(format) ? 'does not fit its type' : 'is not a known format';
        results.push({ message: `The format of ${v.label} (${pair}) ${reason}.`, path: [...v.at, 'format'] });
      }
      return results;
    }),
  },
});
