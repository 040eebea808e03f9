import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-schemes-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'schemes, when present, is a non-empty list of "http" and "https" only.',
  criterion: {
    text: 'Connectors call their service over HTTP(S): schemes lists "https" (or "http"), never WebSocket schemes, and is not empty.',
    url: SOURCES.validator,
    rows: ['sv-scheme-not-valid', 'sv-scheme-not-supported', 'sv-schemes-array-empty'],
  },
  validatorCodes: ['SchemeNotValid', 'SchemeNotSupported', 'SchemesArrayEmpty'],
  fix: 'Set "schemes": ["https"].',
  given: '$.schemes',
  then: {
    function: ruleFunction('schemesValid', (schemes: unknown) => {
      if (!Array.isArray(schemes)) return [{ message: `schemes ${show(schemes)} is not a list.` }];
      if (schemes.length === 0) return [{ message: 'schemes is empty.' }];
      const results: RuleResult[] = [];
      schemes.forEach((scheme, i) => {
        if (scheme === 'https' || scheme === 'http') return;
        const lower = typeof scheme === 'string' ? scheme.toLowerCase() : '';
        const message =
          lower === 'ws' || lower === 'wss'
            ? `The scheme "${scheme}" is not supported by connectors.`
            : lower === 'http' || lower === 'https'
              ? `The scheme "${scheme}" must be written in lower case.`
              : `The scheme ${show(scheme)} is not valid; use "https".`;
        results.push({ message, path: ['schemes', i] });
      });
      return results;
    }),
  },
});
