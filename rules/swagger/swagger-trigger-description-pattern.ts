import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** "This operation triggers when …", also with an object before "when" ("… triggers a flow when …"). */
const PATTERN = /^This operation triggers\b[^.!?]*?\bwhen\b/i;

export default defineSpectralRule({
  id: 'swagger-trigger-description-pattern',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Descriptions of visible triggers start with "This operation triggers when".',
  criterion: {
    text: 'A trigger description says when the trigger fires, in the form "This operation triggers when …". Internal triggers are exempt.',
    url: SOURCES.strings,
    rows: ['def-trigger-description-pattern'],
  },
  fix: 'Start the description with "This operation triggers when", e.g. "This operation triggers when a task is created.".',
  given: '$',
  then: {
    function: ruleFunction('triggerDescriptionPattern', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const description = op.operation.description;
        if (op.operation['x-ms-trigger'] === undefined || typeof description !== 'string' || description.trim() === '') continue;
        if (PATTERN.test(description.trim())) continue;
        results.push({
          message: `The trigger description ${show(description)} of ${describeOperation(op)} does not start with "This operation triggers when".`,
          path: [...op.at, 'description'],
        });
      }
      return results;
    }),
  },
});
