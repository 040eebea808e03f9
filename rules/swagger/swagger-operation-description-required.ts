import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-operation-description-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every visible operation has a non-empty description.',
  criterion: {
    text: 'Every operation users see needs a description explaining what it does; internal operations, which the designer never shows, are exempt.',
    url: SOURCES.submission,
    rows: ['def-op-description-required', 'sv-required-value-empty'],
  },
  validatorCodes: ['RequiredPropertyMissing', 'RequiredValueEmpty'],
  fix: 'Add a "description" of one or two sentences saying what the operation does and returns.',
  given: '$',
  then: {
    function: ruleFunction('operationDescriptionRequired', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const description = op.operation.description;
        if (typeof description === 'string' && description.trim() !== '') continue;
        const problem =
          description === undefined ? 'has no description' : typeof description === 'string' ? 'has an empty description' : 'has a description that is not a string';
        results.push({ message: `${describeOperation(op)} ${problem}.`, path: [...op.at, 'description'] });
      }
      return results;
    }),
  },
});
