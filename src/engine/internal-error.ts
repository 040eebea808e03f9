import type { RuleMeta } from '../model/rule';
import { docsUrl } from './docs-url';

/**
 * Not a certification rule: reported when one of our own rules throws, so that a bug in one rule costs only that
 * rule's results, never the rest of the report.
 */
export const INTERNAL_ERROR: RuleMeta = {
  id: 'internal-error',
  severity: 'error',
  programs: ['verified', 'independent'],
  file: 'any',
  description: 'A connector-precheck rule failed while checking this connector.',
  criterion: {
    text: 'Every rule must give an answer; a rule that crashes is reported instead of silently passing.',
    url: docsUrl('internal-error'),
    rows: [],
  },
  fix: 'Report the message to the connector-precheck maintainers; meanwhile, check this rule by hand.',
};
