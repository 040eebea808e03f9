import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-type';

describe(RULE, () => {
  it('flags a mis-cased type and names the right one', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters.token.type = 'oAuthSetting') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/token/type', message: 'write "oauthSetting"' });
  });

  it('flags a missing type and a parameter that is not an object', async () => {
    expectFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void delete p.properties.connectionParameters.api_key.type }), {
      rule: RULE,
      pointer: '/properties/connectionParameters/api_key/type',
      message: 'no type',
    });
    expectFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.api_key = 'securestring') }), {
      rule: RULE,
      pointer: '/properties/connectionParameters/api_key',
    });
  });

  it('checks the parameters of connection parameter sets too', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) =>
        void (p.properties.connectionParameterSets = {
          uiDefinition: { displayName: 'Authentication', description: 'How to sign in.' },
          values: [{ name: 'key', uiDefinition: { displayName: 'API key', description: 'Use a key.' }, parameters: { api_key: { type: 'password' } } }],
        }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameterSets/values/0/parameters/api_key/type', message: 'parameter set "key"' });
  });

  it('accepts the documented types', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
