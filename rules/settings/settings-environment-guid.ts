import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default defineSpectralRule({
  id: 'settings-environment-guid',
  severity: 'error',
  programs: BOTH,
  file: FILES.settings,
  document: 'settings',
  description: 'settings.json environment, when given, is a lower-case environment GUID.',
  criterion: {
    text: 'The environment in settings.json is the Power Platform environment ID: a GUID written in lower case.',
    url: SOURCES.schemas,
    rows: ['settings-environment-guid'],
  },
  fix: 'Set environment to the environment GUID in lower case, e.g. "0a1b2c3d-0000-4000-8000-123456789abc".',
  given: '$',
  then: {
    function: ruleFunction('settingsEnvironmentGuid', (root: unknown) => {
      const value = isObject(root) ? root.environment : undefined;
      if (value === undefined || (typeof value === 'string' && GUID.test(value))) return;
      const hint = typeof value === 'string' && GUID.test(value.trim().toLowerCase()) ? '; write it in lower case without spaces' : '';
      return [{ message: `environment ${show(value)} is not a lower-case GUID${hint}.`, path: ['environment'] }];
    }),
  },
});
