import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Parameter names the platform reserves for itself; the only one Microsoft documents is connectionId. */
const RESERVED = ['connectionId'];

export default defineSpectralRule({
  id: 'swagger-parameter-name-reserved',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No parameter is named "connectionId", a name the platform reserves.',
  criterion: {
    text: 'The platform puts the connection identifier into every request under the name connectionId, so no parameter may use that name.',
    url: SOURCES.validator,
    rows: ['sv-connection-id-parameter-not-allowed', 'sv-reserved-parameter-is-used'],
  },
  validatorCodes: ['ConnectionIdParameterNotAllowed', 'ReservedParameterIsUsed'],
  fix: 'Rename the parameter, e.g. "accountConnectionId"; the API still receives the name you map in the request.',
  given: '$',
  then: {
    function: ruleFunction('parameterNameReserved', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        if (typeof parameter.name === 'string' && RESERVED.includes(parameter.name)) {
          results.push({ message: `The ${label} uses the reserved name "${parameter.name}".`, path: [...at, 'name'] });
        }
      }
      return results;
    }),
  },
});
