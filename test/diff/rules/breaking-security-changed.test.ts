import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-security-changed';

describe(RULE, () => {
  it('flags OAuth replaced by an API key', () => {
    const { findings, headText } = diffCase((head) => (head.securityDefinitions = { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }));
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions', line: lineOf(headText, '"securityDefinitions": {'), message: 'from OAuth 2.0 (accessCode flow) to API key (in header)' });
  });

  it('flags authentication removed', () => {
    const { findings } = diffCase((head) => delete head.securityDefinitions);
    expectFinding(findings, { rule: RULE, pointer: '', line: 1, message: 'to none' });
  });

  it('accepts a renamed definition and changed OAuth details of the same flow', () => {
    const { findings } = diffCase((head) => {
      const oauth = head.securityDefinitions.oauth2_auth;
      oauth.scopes = { 'tasks.read': 'Read tasks' };
      head.securityDefinitions = { oauth: oauth };
    });
    expectNoFinding(findings, RULE);
  });
});
