import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const API_VERSION = '2016-11-01';

export default defineSpectralRule({
  id: 'settings-api-versions',
  severity: 'error',
  programs: BOTH,
  file: FILES.settings,
  document: 'settings',
  description: `settings.json uses API version ${API_VERSION} for powerAppsApiVersion and flowApiVersion, and absolute URLs for powerAppsUrl and flowUrl.`,
  criterion: {
    text: `paconn talks to the Power Apps and Power Automate services with API version ${API_VERSION} only, at absolute service URLs.`,
    url: SOURCES.schemas,
    rows: ['settings-api-versions'],
  },
  fix: `Set the API versions to "${API_VERSION}" and the service URLs to absolute https URLs, or remove these keys to use the defaults.`,
  given: '$',
  then: {
    function: ruleFunction('settingsApiVersions', (root: unknown) => {
      if (!isObject(root)) return;
      const results: RuleResult[] = [];
      for (const key of ['powerAppsApiVersion', 'flowApiVersion']) {
        const value = root[key];
        if (value !== undefined && value !== API_VERSION) results.push({ message: `${key} is ${show(value)}; the only supported version is "${API_VERSION}".`, path: [key] });
      }
      for (const key of ['powerAppsUrl', 'flowUrl']) {
        const value = root[key];
        if (value !== undefined && !(typeof value === 'string' && isAbsoluteUrl(value))) results.push({ message: `${key} is ${show(value)}, not an absolute http(s) URL.`, path: [key] });
      }
      return results;
    }),
  },
});

function isAbsoluteUrl(text: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
