import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { describeOperation, isDeprecated } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-api-annotation-replacement-deprecated',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-api-annotation.replacement appears only on operations marked deprecated: true.',
  criterion: {
    text: 'A replacement points users from a deprecated operation to its successor; the validator rejects it on an operation that is not deprecated.',
    url: SOURCES.validator,
    rows: ['sv-api-annotation-extension-replacement-info-for-non-deprecated-operations'],
  },
  validatorCodes: ['ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations'],
  fix: 'Set "deprecated": true on the operation, or remove "replacement" from its x-ms-api-annotation.',
  given: '$',
  then: {
    function: ruleFunction('apiAnnotationReplacementDeprecated', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of operationsOf(swagger)) {
        const annotation = op.operation['x-ms-api-annotation'];
        if (!isObject(annotation) || annotation.replacement === undefined || isDeprecated(op)) continue;
        results.push({
          message: `${describeOperation(op)} names a replacement in x-ms-api-annotation but is not marked deprecated.`,
          path: [...op.at, 'x-ms-api-annotation', 'replacement'],
        });
      }
      return results;
    }),
  },
});
