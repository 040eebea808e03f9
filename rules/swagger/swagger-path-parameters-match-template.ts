import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, templateVariables } from '../lib/operations';
import { operationsOf, parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-path-parameters-match-template',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Each {variable} of a path has an "in": "path" parameter of that name, and each path parameter appears in the path.',
  criterion: {
    text: 'The variables of a path template and the operation\'s path parameters must match one to one: a variable without a parameter cannot be filled, and a path parameter missing from the template is never sent.',
    url: SOURCES.validator,
    rows: ['sv-operation-missing-path-parameter', 'sv-path-parameter-not-defined-in-template'],
  },
  validatorCodes: ['OperationMissingPathParameter', 'PathParameterNotDefinedInTemplate'],
  fix: 'Declare one "in": "path" parameter per {variable}, with exactly the same name, and remove path parameters the template does not use.',
  given: '$',
  then: {
    function: ruleFunction('pathParametersMatchTemplate', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const reported = new Set<string>();
      for (const op of operationsOf(swagger)) {
        // Malformed variables (empty, with "=") are reported by swagger-path-template-valid.
        const variables = templateVariables(op.path).filter((v) => v !== '' && !v.includes('='));
        const pathParameters = parametersOf(swagger, op).filter((p) => p.parameter.in === 'path');
        const names = pathParameters.map((p) => p.parameter.name);
        for (const variable of variables) {
          if (names.includes(variable)) continue;
          results.push({ message: `${describeOperation(op)} has no "in": "path" parameter named "${variable}" for the variable {${variable}}.`, path: [...op.at, 'parameters'] });
        }
        for (const { parameter, at } of pathParameters) {
          const name = typeof parameter.name === 'string' ? parameter.name : undefined;
          if (name !== undefined && variables.includes(name)) continue;
          // A parameter written once (path item or root) is reported once per path template.
          const key = `${at.join('\u0000')}\u0001${op.path}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const shown = name === undefined ? 'without a name' : `"${name}"`;
          results.push({ message: `The path parameter ${shown} of ${describeOperation(op)} does not appear as a {variable} in "${op.path}".`, path: [...at, 'name'] });
        }
      }
      return results;
    }),
  },
});
