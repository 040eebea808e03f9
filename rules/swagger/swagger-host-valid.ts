import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction } from '../functions/rule-function';
import { show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

/** Host name with an optional port, as the connector schema defines it. */
const HOST = /^[^{}/ :\\]+(?::\d+)?$/;

/** Text of the connector template's placeholder host. */
const PLACEHOLDER = /hostname of the api|e\.g\./i;

function problemOf(host: string): string {
  if (PLACEHOLDER.test(host)) return 'is the template placeholder';
  if (host.trim() === '') return 'is empty';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return 'includes a scheme; write the host name alone';
  if (host.includes('/')) return 'includes a path; move it to basePath';
  if (/[{}]/.test(host)) return 'contains a "{…}" template; use a fixed host and the dynamichosturl policy for per-connection hosts';
  if (/\s/.test(host)) return 'contains whitespace';
  return 'is not a valid host name with an optional port';
}

export default defineSpectralRule({
  id: 'swagger-host-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'host is a bare host name with an optional port: no scheme, path, template or placeholder text.',
  criterion: {
    text: 'The host must be a valid host name without a scheme or path, and the real service host rather than the template placeholder.',
    url: SOURCES.validator,
    rows: ['sv-host-name-not-valid', 'def-host-not-template'],
  },
  validatorCodes: ['HostNameNotValid'],
  fix: 'Set "host" to the bare host name, e.g. "api.contoso.com", and put any path in "basePath".',
  given: '$.host',
  then: {
    function: ruleFunction('hostValid', (host: unknown) => {
      // A missing host is reported by swagger-root-keys-required.
      if (host === undefined || host === null) return;
      if (typeof host !== 'string') return [{ message: `host ${show(host)} is not a string.` }];
      if (HOST.test(host) && !PLACEHOLDER.test(host)) return;
      return [{ message: `host ${show(host)} ${problemOf(host)}.` }];
    }),
  },
});
