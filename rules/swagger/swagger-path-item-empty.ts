import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { HTTP_METHODS } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-path-item-empty',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every path under "paths" defines at least one operation.',
  criterion: {
    text: 'A path without any operation is an empty leftover; reviewers ask for empty operations and paths to be removed. Paths holding only extensions, such as a webhook\'s x-ms-notification-content, are kept.',
    url: reviewThread(1690),
    rows: ['def-no-empty-operation'],
  },
  fix: 'Delete the empty path, or add the operation it was meant to hold.',
  given: '$',
  then: {
    function: ruleFunction('pathItemEmpty', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const paths = isObject(swagger) ? swagger.paths : undefined;
      if (!isObject(paths)) return results;
      for (const [path, item] of Object.entries(paths)) {
        if (path.startsWith('x-')) continue;
        if (isObject(item) && Object.keys(item).some((k) => k.startsWith('x-') || k === '$ref' || ((HTTP_METHODS as readonly string[]).includes(k) && isObject(item[k])))) continue;
        results.push({ message: `The path "${path}" defines no operation.`, path: ['paths', path] });
      }
      return results;
    }),
  },
});
