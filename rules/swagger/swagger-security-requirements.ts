import { defineSpectralRule } from '../../src/model/rule';
import { toPointer } from '../../src/engine/pointer';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show, type JsonObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

type JsonPath = Array<string | number>;

/** Checks one `security` list (root or operation) against the declared schemes. */
function checkRequirements(list: unknown, at: JsonPath, schemes: JsonObject, results: RuleResult[]): void {
  if (!Array.isArray(list)) {
    results.push({ message: `${toPointer(at)} is not a list of security requirements.`, path: at });
    return;
  }
  list.forEach((requirement, i) => {
    if (!isObject(requirement)) {
      results.push({ message: `Security requirement ${i} is not an object of scheme names.`, path: [...at, i] });
      return;
    }
    for (const [name, scopes] of Object.entries(requirement)) {
      const path = [...at, i, name];
      const scheme = schemes[name];
      if (!isObject(scheme)) {
        results.push({ message: `The security requirement names "${name}", which securityDefinitions does not define.`, path });
        continue;
      }
      if (!Array.isArray(scopes)) {
        results.push({ message: `The security requirement "${name}" has ${show(scopes)} instead of a list of scopes; use [] when none are needed.`, path });
        continue;
      }
      if (scheme.type === 'oauth2') {
        const declared = isObject(scheme.scopes) ? scheme.scopes : {};
        scopes.forEach((scope, j) => {
          if (typeof scope !== 'string' || !Object.prototype.hasOwnProperty.call(declared, scope)) {
            results.push({ message: `The scope ${show(scope)} required for "${name}" is not declared in its scopes.`, path: [...path, j] });
          }
        });
      } else if (scopes.length > 0) {
        results.push({ message: `The security requirement "${name}" lists scopes, but a ${String(scheme.type)} scheme takes an empty list [].`, path });
      }
    }
  });
}

export default defineSpectralRule({
  id: 'swagger-security-requirements',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every security requirement names a declared scheme, with declared OAuth scopes or an empty list.',
  criterion: {
    text: 'A security requirement must name a scheme of securityDefinitions and give a list: declared scopes for OAuth 2.0, an empty list for basic and API key schemes.',
    url: SOURCES.validator,
    rows: [
      'sv-oauth-security-requirement-value-must-be-scope-name',
      'sv-security-requirement-must-be-defined',
      'sv-security-requirement-must-have-empty-value',
      'sv-security-requirement-must-have-value',
    ],
  },
  validatorCodes: [
    'OAuthSecurityRequirementValueMustBeScopeName',
    'SecurityRequirementMustBeDefined',
    'SecurityRequirementMustHaveEmptyValue',
    'SecurityRequirementMustHaveValue',
  ],
  fix: 'Name a scheme from securityDefinitions and list only its declared scopes ([] for basic and API key schemes).',
  given: '$',
  then: {
    function: ruleFunction('securityRequirements', (root: unknown) => {
      if (!isObject(root)) return;
      const schemes = isObject(root.securityDefinitions) ? root.securityDefinitions : {};
      const results: RuleResult[] = [];
      if (root.security !== undefined) checkRequirements(root.security, ['security'], schemes, results);
      for (const op of operationsOf(root)) {
        if (op.operation.security !== undefined) checkRequirements(op.operation.security, [...op.at, 'security'], schemes, results);
      }
      return results;
    }),
  },
});
