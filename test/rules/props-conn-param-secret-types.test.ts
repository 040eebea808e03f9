import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-secret-types';

describe(RULE, () => {
  it('flags an API key collected as a plain string', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.api_key.type = 'string') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/api_key/type', message: 'use "securestring"' });
  });

  it('flags a string parameter whose label asks for a password', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => void (p.properties.connectionParameters.login = { type: 'string', uiDefinition: { displayName: 'Account password' } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/login/type' });
  });

  it('flags a securestring with a default value', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.api_key.defaultValue = 'changeme') });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/api_key/defaultValue' });
  });

  it('accepts a securestring key and plain strings for non-secrets', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => void (p.properties.connectionParameters.region = { type: 'string', uiDefinition: { displayName: 'API Key Region' } }),
    });
    expectNoFinding(findings, RULE);
  });
});
