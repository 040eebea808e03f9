import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** The keys a Swagger 2.0 root object may hold (vendor extensions aside). */
const ROOT_KEYS = [
  'swagger',
  'info',
  'host',
  'basePath',
  'schemes',
  'consumes',
  'produces',
  'paths',
  'definitions',
  'parameters',
  'responses',
  'security',
  'securityDefinitions',
  'tags',
  'externalDocs',
];

export default defineSpectralRule({
  id: 'swagger-root-keys-known',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Every root key of the definition is a Swagger 2.0 key or a vendor extension.',
  criterion: {
    text: 'The connector schema closes the root object: only the Swagger 2.0 keys and "x-" extensions are allowed.',
    url: SOURCES.schemas,
    rows: ['def-root-keys-known'],
  },
  fix: 'Correct the spelling of the key (keys are case-sensitive) or remove it.',
  given: '$',
  then: {
    function: ruleFunction('rootKeysKnown', (root: unknown) => {
      if (!isObject(root)) return;
      // Extension keys ("x-…") are checked by the extension rules; "openapi" by swagger-version-2.
      return Object.keys(root)
        .filter((key) => !ROOT_KEYS.includes(key) && !/^x[-_]/i.test(key) && key !== 'openapi')
        .map((key) => {
          const near = ROOT_KEYS.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[\s_-]/g, ''));
          const hint = near ? `; did you mean "${near}"?` : '.';
          return { message: `The root key "${key}" is not a Swagger 2.0 key${hint}`, path: [key] };
        });
    }),
  },
});
