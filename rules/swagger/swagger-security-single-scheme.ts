import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-security-single-scheme',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'securityDefinitions holds at most one security scheme.',
  criterion: {
    text: 'A connector authenticates with one scheme; several authentication types are offered through connectionParameterSets in apiProperties.json.',
    url: SOURCES.connectionParameters,
    rows: ['def-security-single-scheme'],
  },
  fix: 'Keep one security scheme, and offer other authentication types with connectionParameterSets in apiProperties.json.',
  given: '$.securityDefinitions',
  then: {
    function: ruleFunction('securitySingleScheme', (definitions: unknown) => {
      if (!isObject(definitions)) return;
      const names = Object.keys(definitions);
      if (names.length > 1) return [{ message: `securityDefinitions declares ${names.length} schemes (${names.map((n) => `"${n}"`).join(', ')}); a connector uses one.` }];
    }),
  },
});
