import type { RuleMeta } from '../model/rule';
import { docsUrl } from './docs-url';

/** Not a certification rule: a connector whose checks ran past the time limit is reported instead of hanging. */
export const LINT_TIMEOUT: RuleMeta = {
  id: 'lint-timeout',
  severity: 'error',
  programs: ['verified', 'independent'],
  file: 'any',
  description: 'Linting the connector took longer than the time limit and was stopped.',
  criterion: {
    text: 'A linter must answer in bounded time, whatever a folder contains; a runaway check is reported, not waited for.',
    url: docsUrl('lint-timeout'),
    rows: [],
  },
  fix: 'Look for an unusually large or deeply nested file in the connector; raise the limit with --timeout if the connector is just big.',
};
