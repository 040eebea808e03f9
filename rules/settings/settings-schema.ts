import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { FILES, BOTH } from '../lib/programs';
import { shapeChecker } from '../lib/schema';
import { SOURCES } from '../lib/sources';

const TEXT = { type: 'string' };

/** Our statement of settings.json: the paconn keys (including "script", which the 2020 schema lacks), all strings. */
const SETTINGS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: TEXT,
    connectorId: TEXT,
    environment: TEXT,
    apiProperties: TEXT,
    apiDefinition: TEXT,
    icon: TEXT,
    script: TEXT,
    powerAppsUrl: TEXT,
    powerAppsApiVersion: TEXT,
    flowUrl: TEXT,
    flowApiVersion: TEXT,
  },
};

const check = shapeChecker(SETTINGS);

export default defineSpectralRule({
  id: 'settings-schema',
  severity: 'warning',
  programs: BOTH,
  file: FILES.settings,
  document: 'settings',
  description: 'settings.json is an object with only the keys paconn reads (connectorId, environment, file names, service URLs and API versions), all strings.',
  criterion: {
    text: 'settings.json holds paconn\'s options: connectorId, environment, apiProperties, apiDefinition, icon, script, powerAppsUrl, powerAppsApiVersion, flowUrl and flowApiVersion, each a string.',
    url: SOURCES.paconn,
    rows: ['settings-schema'],
  },
  fix: 'Remove keys paconn does not know and write every value as a string.',
  given: '$',
  then: {
    function: ruleFunction('settingsSchema', (root: unknown) => check(root, 'settings.json').map((p) => ({ message: p.message, path: p.path }))),
  },
});
