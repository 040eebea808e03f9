import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-sets-shape';

const sets = () => ({
  uiDefinition: { displayName: 'Authentication type', description: 'Choose how to sign in.' },
  values: [
    { name: 'key', uiDefinition: { displayName: 'API key', description: 'Sign in with an API key.' }, parameters: { api_key: { type: 'securestring' } } },
    { name: 'basic', uiDefinition: { displayName: 'User name', description: 'Sign in with a user name.' }, parameters: { username: { type: 'string' } } },
  ],
});

describe(RULE, () => {
  it('flags a mis-cased displayName in an option', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => {
        const value = sets();
        value.values[0].uiDefinition = { displayname: 'API key', description: 'Sign in with an API key.' } as never;
        p.properties.connectionParameterSets = value;
      },
    });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/connectionParameterSets/values/0/uiDefinition/displayName', message: 'no "displayName"' });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameterSets/values/0/uiDefinition/displayname', message: 'unknown key' });
  });

  it('flags two options with the same name', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => {
        const value = sets();
        value.values[1].name = 'key';
        p.properties.connectionParameterSets = value;
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameterSets/values/1/name', message: 'two values named "key"' });
  });

  it('flags sets without values', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameterSets = { uiDefinition: sets().uiDefinition }) });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameterSets/values' });
  });

  it('accepts the documented shape', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameterSets = sets()) }), RULE);
  });
});
