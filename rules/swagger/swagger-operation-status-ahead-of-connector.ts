import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { getPath, isObject } from '../lib/json';
import { describeOperation } from '../lib/operations';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-status-ahead-of-connector',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'No operation has status "Production" while the connector (info.x-ms-api-annotation) is in "Preview".',
  criterion: {
    text: 'An operation cannot be in Production while the connector as a whole is still in Preview.',
    url: SOURCES.validator,
    rows: ['sv-operation-status-ahead-of-connector'],
  },
  validatorCodes: ['OperationStatusAheadOfConnector'],
  fix: 'Set the operation status to "Preview", or move the connector status in info.x-ms-api-annotation to "Production".',
  given: '$',
  then: {
    function: ruleFunction('operationStatusAheadOfConnector', (swagger: unknown) => {
      const results: RuleResult[] = [];
      if (getPath(swagger, ['info', 'x-ms-api-annotation', 'status']) !== 'Preview') return results;
      for (const op of operationsOf(swagger)) {
        const annotation = op.operation['x-ms-api-annotation'];
        if (!isObject(annotation) || annotation.status !== 'Production') continue;
        results.push({
          message: `${describeOperation(op)} has status "Production" but the connector is in "Preview".`,
          path: [...op.at, 'x-ms-api-annotation', 'status'],
        });
      }
      return results;
    }),
  },
});
