import type { ConnectorContext } from '../../../engine/context';
import { connectionParametersOf } from '../../../../rules/lib/api-properties';
import { isObject } from '../../../../rules/lib/json';

function securitySchemes(connector: ConnectorContext): unknown[] {
  const security = isObject(connector.swagger?.data) ? connector.swagger.data.securityDefinitions : undefined;
  return isObject(security) ? Object.values(security) : [];
}

/** Whether users sign in with OAuth: an oauthSetting connection parameter or an oauth2 security scheme. */
export function usesOAuth(connector: ConnectorContext): boolean {
  if (connectionParametersOf(connector.apiProperties?.data).some((p) => p.param.type === 'oauthSetting')) return true;
  return securitySchemes(connector).some((s) => isObject(s) && s.type === 'oauth2');
}

/** Whether the connection asks for anything at all (a key, a sign-in, a host name…). */
export function needsCredentials(connector: ConnectorContext): boolean {
  return securitySchemes(connector).length > 0 || connectionParametersOf(connector.apiProperties?.data).length > 0;
}
