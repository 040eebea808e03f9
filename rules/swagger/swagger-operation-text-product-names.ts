import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { productNamesIn, quoteList } from '../lib/connector-info';
import { describeOperation, visibleOperationsOf, visibleParametersOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const OPERATION_FIELDS = ['summary', 'description'];
const PARAMETER_FIELDS = ['x-ms-summary', 'description'];

function productNamesOf(text: unknown): string[] {
  return typeof text === 'string' ? productNamesIn(text) : [];
}

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
      // The label and path are built only for a finding: most text names no product.
      for (const op of visibleOperationsOf(swagger)) {
        for (const field of OPERATION_FIELDS) {
          const found = productNamesOf(op.operation[field]);
          if (found.length > 0) results.push({ message: `The ${field} of ${describeOperation(op)} names ${quoteList(found)}.`, path: [...op.at, field] });
        }
      }
      for (const p of visibleParametersOf(swagger)) {
        for (const field of PARAMETER_FIELDS) {
          const found = productNamesOf(p.parameter[field]);
          if (found.length > 0) results.push({ message: `The ${field} of ${p.label} names ${quoteList(found)}.`, path: [...p.at, field] });
        }
      }
      return results;
    }),
  },
});
