import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { writtenParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The keys a Swagger 2.0 body parameter may have, besides x- extensions. */
const BODY_KEYS = ['name', 'in', 'description', 'required', 'schema'];

export default defineSpectralRule({
  id: 'swagger-body-parameter-schema',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every "in": "body" parameter describes its content with a "schema" object and uses no non-body keys such as type or format.',
  criterion: {
    text: 'A body parameter describes the request body with "schema"; keys of other parameters (type, format, items, enum, default…) are not valid on it.',
    url: SOURCES.validator,
    rows: ['sv-body-parameter-schema-required', 'sv-body-parameter-property-not-valid'],
  },
  validatorCodes: ['BodyParameterSchemaRequired', 'BodyParameterPropertyNotValid'],
  fix: 'Move type, format, items and similar keys into a "schema" object on the body parameter.',
  given: '$',
  then: {
    function: ruleFunction('bodyParameterSchema', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        if (parameter.in !== 'body') continue;
        const foreign = Object.keys(parameter).filter((k) => !BODY_KEYS.includes(k) && !k.startsWith('x-'));
        const listed = foreign.map((k) => `"${k}"`).join(', ');
        if (!isObject(parameter.schema)) {
          const uses = foreign.length > 0 ? ` (it uses ${listed} instead)` : '';
          const problem = parameter.schema === undefined ? 'has no "schema"' : 'has a "schema" that is not an object';
          results.push({ message: `The ${label} ${problem}${uses}.`, path: [...at, 'schema'] });
        } else if (foreign.length > 0) {
          results.push({ message: `The ${label} uses ${listed}, which a body parameter cannot have; describe the body in "schema".`, path: [...at, foreign[0]] });
        }
      }
      return results;
    }),
  },
});
