import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { productNamesIn, quoteList } from '../lib/connector-info';
import { describeOperation, visibleOperationsOf, visibleParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-text-product-names',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Summaries and descriptions of visible operations and parameters name no Microsoft Power Platform product.',
  criterion: {
    text: 'Operation and parameter strings must not name Power Apps, Power Automate, Logic Apps, Power Platform, Copilot Studio or Power BI; the connector works in all of them. Internal operations and parameters are exempt.',
    url: SOURCES.submission,
    rows: ['def-op-summary-no-product-names'],
  },
  validatorCodes: ['ValueContainsRestrictedWords'],
  fix: 'Describe what the operation does in the service, without naming a Microsoft product, e.g. "flow" becomes "workflow".',
  given: '$',
  then: {
    function: ruleFunction('operationTextProductNames', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const check = (text: unknown, field: string, where: string, path: Array<string | number>) => {
        if (typeof text !== 'string') return;
        const found = productNamesIn(text);
        if (found.length > 0) results.push({ message: `The ${field} of ${where} names ${quoteList(found)}.`, path });
      };
      for (const op of visibleOperationsOf(swagger)) {
        check(op.operation.summary, 'summary', describeOperation(op), [...op.at, 'summary']);
        check(op.operation.description, 'description', describeOperation(op), [...op.at, 'description']);
      }
      for (const p of visibleParametersOf(swagger)) {
        check(p.parameter['x-ms-summary'], 'x-ms-summary', p.label, [...p.at, 'x-ms-summary']);
        check(p.parameter.description, 'description', p.label, [...p.at, 'description']);
      }
      return results;
    }),
  },
});
