import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** What is wrong with the braces of a path template, or undefined. */
function braceProblem(path: string): string | undefined {
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '{') {
      if (open >= 0) return 'has a "{" inside another variable';
      open = i;
    } else if (c === '}') {
      if (open < 0) return 'has a "}" that closes no variable';
      if (i === open + 1) return 'has an empty variable "{}"';
      open = -1;
    } else if (c === '/' && open >= 0) {
      return 'has a variable that spans more than one segment';
    }
  }
  return open >= 0 ? 'has a "{" that is never closed' : undefined;
}

const NONE: string[] = [];

/** Every problem of a path key, as message endings. */
function problemsOf(path: string): string[] {
  const problems: string[] = [];
  if (!path.startsWith('/')) problems.push('does not start with "/"');
  if (path.includes('*')) problems.push('contains the wildcard "*"');
  if (/[?#]/.test(path)) problems.push('contains a query or fragment ("?" or "#"); use query parameters instead');
  const braces = braceProblem(path);
  if (braces) problems.push(braces);
  // A default needs an "=": most paths have none and skip the match.
  const defaults = path.includes('=') ? [...path.matchAll(/\{([^{}/]*=[^{}/]*)\}/g)].map((m) => m[1]) : NONE;
  if (defaults.length > 0) problems.push(`sets a default value inside a variable (${defaults.map((d) => `{${d}}`).join(', ')})`);
  return problems;
}

export default defineSpectralRule({
  id: 'swagger-path-template-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Path keys start with "/", contain no "*", "?" or "#", and use well-formed {variables} without "=" defaults.',
  criterion: {
    text: 'A path key is a URL path template: it starts with "/", has no wildcard, query part or fragment, and each {variable} is closed within one segment and has no "=default".',
    url: SOURCES.validator,
    rows: [
      'sv-operation-path-must-start-with-slash',
      'sv-operation-path-contains-unsupported-characters',
      'sv-operation-path-may-not-contain-query-or-fragment',
      'sv-operation-path-template-not-valid',
      'sv-operation-path-variables-contain-defaults',
    ],
  },
  validatorCodes: [
    'OperationPathMustStartWithSlash',
    'OperationPathContainsUnsupportedCharacters',
    'OperationPathMayNotContainQueryOrFragment',
    'OperationPathTemplateNotValid',
    'OperationPathVariablesContainDefaults',
  ],
  fix: 'Write the path as "/segment/{variable}": leading "/", one variable per segment, query values as "in": "query" parameters and defaults in the parameter\'s "default".',
  given: '$',
  then: {
    function: ruleFunction('pathTemplateValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const paths = isObject(swagger) ? swagger.paths : undefined;
      if (!isObject(paths)) return results;
      for (const path of Object.keys(paths)) {
        if (path.startsWith('x-')) continue;
        for (const problem of problemsOf(path)) results.push({ message: `The path "${path}" ${problem}.`, path: ['paths', path] });
      }
      return results;
    }),
  },
});
