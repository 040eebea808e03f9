import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Host-name words that mark a development or test deployment. */
const NON_PRODUCTION = new Set(['localhost', 'dev', 'develop', 'development', 'test', 'testing', 'staging', 'stage', 'stg', 'sandbox', 'uat', 'qa', 'preprod']);

function nonProductionSign(host: string): string | undefined {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.startsWith('[')) return 'is an IP address';
  if (/(^|\.)ngrok(-free)?\.(io|app|dev)$/.test(name)) return 'is an ngrok tunnel';
  const labels = name.split('.');
  // The top-level domain is not a sign (".dev" is a public TLD).
  const words = (labels.length > 1 ? labels.slice(0, -1) : labels).flatMap((l) => l.split('-'));
  const word = words.find((w) => NON_PRODUCTION.has(w));
  return word ? `contains "${word}"` : undefined;
}

export default defineSpectralRule({
  id: 'swagger-host-production',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'host does not look like a development, test or local endpoint.',
  criterion: {
    text: 'A certified connector must call the production service, not a staging, development or test host.',
    url: SOURCES.submission,
    rows: ['def-host-production'],
  },
  validatorCodes: ['5000.2.6.4'],
  fix: 'Point "host" at the production API host.',
  given: '$.host',
  then: {
    function: ruleFunction('hostProduction', (host: unknown) => {
      if (typeof host !== 'string') return;
      const sign = nonProductionSign(host);
      if (sign) return [{ message: `host "${host}" ${sign}; it looks like a non-production endpoint.` }];
    }),
  },
});
