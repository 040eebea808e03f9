import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { capitalize } from '../lib/schemas';
import { SOURCES } from '../lib/sources';
import { typedValuesWith } from '../lib/values';

/** Swagger 2.0 keywords the platform does not support (the validator names uniqueItems). */
const UNSUPPORTED = ['uniqueItems'];

export default defineSpectralRule({
  id: 'swagger-keyword-supported',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Schemas, parameters and headers do not use Swagger keywords the platform does not support, such as "uniqueItems".',
  criterion: {
    text: 'Some valid Swagger 2.0 keywords are not supported by the connector platform; the validator names "uniqueItems" as one of them.',
    url: SOURCES.validator,
    rows: ['sv-swagger-keyword-not-supported'],
  },
  validatorCodes: ['SwaggerKeywordNotSupported'],
  fix: 'Remove the keyword; describe the constraint in the description if users need to know it.',
  given: '$',
  then: {
    function: ruleFunction('keywordSupported', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Only the values holding one of the keywords can be reported (most documents have none).
      for (const v of typedValuesWith(swagger, UNSUPPORTED, (node, key) => node[key] !== undefined)) {
        for (const keyword of UNSUPPORTED) {
          if (v.node[keyword] !== undefined) results.push({ message: `${capitalize(v.label)} uses "${keyword}", which the platform does not support.`, path: [...v.at, keyword] });
        }
      }
      return results;
    }),
  },
});
