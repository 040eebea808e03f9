import { defineCheck } from '../../model/rule';
import { describeParameter, oauthSettingsOf } from '../../../rules/lib/api-properties';
import { isObject } from '../../../rules/lib/json';
import { BOTH, FILES } from '../../../rules/lib/programs';
import { reviewThread } from '../../../rules/lib/sources';

/** A readable list: at most five quoted scopes, then how many more. */
function list(scopes: string[]): string {
  const shown = scopes.slice(0, 5).map((s) => `"${s}"`).join(', ');
  return scopes.length > 5 ? `${shown} and ${scopes.length - 5} more` : shown;
}

/** Scopes as a set of single scopes: "a b" written as one entry counts as two. */
function scopeSet(values: string[]): Set<string> {
  return new Set(values.flatMap((v) => v.split(/\s+/)).filter((v) => v !== ''));
}

export default defineCheck({
  id: 'cross-oauth-scopes',
  severity: 'warning',
  programs: BOTH,
  file: `${FILES.apiProperties}, ${FILES.swagger}`,
  description: 'The OAuth scopes of apiProperties.json are the scopes of the swagger\'s oauth2 security definition.',
  criterion: {
    text: 'Reviewers ask that the scopes requested at sign-in (oAuthSettings.scopes) match the scopes the swagger declares for its oauth2 definition.',
    url: reviewThread(1141),
    rows: ['x-auth-consistency'],
  },
  fix: 'List the same scopes in oAuthSettings.scopes and in the oauth2 securityDefinitions scopes of the swagger.',
  run(connector, report) {
    const swagger = connector.swagger?.data;
    const props = connector.apiProperties;
    if (!isObject(swagger) || !props || !isObject(swagger.securityDefinitions)) return;
    const oauth2 = Object.values(swagger.securityDefinitions).filter((d) => isObject(d) && d.type === 'oauth2');
    if (oauth2.length === 0) return;
    const declared = scopeSet(oauth2.flatMap((d) => (isObject(d) && isObject(d.scopes) ? Object.keys(d.scopes) : [])));
    for (const ref of oauthSettingsOf(props.data)) {
      const scopes = ref.settings.scopes;
      // Missing or malformed scopes are props-oauth-required-fields'.
      if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string')) continue;
      const requested = scopeSet(scopes as string[]);
      const onlyHere = [...requested].filter((s) => !declared.has(s));
      const onlyThere = [...declared].filter((s) => !requested.has(s));
      if (onlyHere.length === 0 && onlyThere.length === 0) continue;
      const parts = [
        onlyHere.length > 0 ? `requests ${list(onlyHere)} that the swagger does not declare` : '',
        onlyThere.length > 0 ? `does not request ${list(onlyThere)} that the swagger declares` : '',
      ].filter((p) => p !== '');
      report({ file: props.name, path: [...ref.at, 'oAuthSettings', 'scopes'], message: `${describeParameter(ref)} ${parts.join(' and ')}.` });
    }
  },
});
