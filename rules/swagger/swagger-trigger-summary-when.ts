import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { show } from '../lib/json';
import { describeOperation, visibleOperationsOf } from '../lib/operations';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-trigger-summary-when',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Summaries of visible triggers (operations with x-ms-trigger) start with "When".',
  criterion: {
    text: 'A trigger is named after the event that starts the flow, in the form "When a … is …". Internal triggers are exempt.',
    url: SOURCES.strings,
    rows: ['def-trigger-summary-when'],
  },
  fix: 'Name the trigger after its event, e.g. "When a task is created" instead of "New task webhook".',
  given: '$',
  then: {
    function: ruleFunction('triggerSummaryWhen', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const op of visibleOperationsOf(swagger)) {
        const summary = op.operation.summary;
        if (op.operation['x-ms-trigger'] === undefined || typeof summary !== 'string' || summary.trim() === '') continue;
        if (/^when\b/i.test(summary.trim())) continue;
        results.push({ message: `The trigger summary ${show(summary)} of ${describeOperation(op)} does not start with "When".`, path: [...op.at, 'summary'] });
      }
      return results;
    }),
  },
});
