import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-base-path-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'basePath, when present, is a path starting with "/".',
  criterion: {
    text: 'The base path is the path prefix of every operation: it must start with "/" and hold no host, query or spaces.',
    url: SOURCES.validator,
    rows: ['sv-base-path-not-valid'],
  },
  validatorCodes: ['BasePathNotValid'],
  fix: 'Write basePath as an absolute path such as "/" or "/v1", without host or query.',
  given: '$.basePath',
  then: {
    function: ruleFunction('basePathValid', (basePath: unknown) => {
      if (typeof basePath !== 'string') return [{ message: `basePath ${show(basePath)} is not a string.` }];
      if (!basePath.startsWith('/')) return [{ message: `basePath ${show(basePath)} does not start with "/".` }];
      if (/[\s?#]/.test(basePath)) return [{ message: `basePath ${show(basePath)} contains whitespace, "?" or "#".` }];
    }),
  },
});
