import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'cross-auth-consistency';

describe(RULE, () => {
  it('flags an oauth2 swagger whose apiProperties has no oauthSetting', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.connectionParameters = { api_key: { type: 'securestring' } }) });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', pointer: '/securityDefinitions/oauth2_auth', message: 'no oauthSetting' });
  });

  it('flags an apiKey swagger without a securestring parameter', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters = {}) });
    expectFinding(findings, { rule: RULE, file: 'apiDefinition.swagger.json', pointer: '/securityDefinitions/api_key', message: 'no securestring' });
  });

  it('flags a basic swagger without username and password parameters', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      swagger: (s) => void (s.securityDefinitions = { basic_auth: { type: 'basic' } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/basic_auth', message: '"username" and "password"' });
  });

  it('flags an OAuth parameter without an oauth2 definition', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.securityDefinitions = {}) });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/token/type', message: 'no oauth2 security definition' });
  });

  it('flags a secret that nothing sends when the swagger has no security', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void delete s.securityDefinitions });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/api_key/type', message: 'no policy sends it' });
  });

  it('accepts matching definitions, and a secret sent by a policy', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
    const viaPolicy = await lintCase(RULE, {
      program: 'independent',
      swagger: (s) => void delete s.securityDefinitions,
      apiProperties: (p) =>
        void (p.properties.policyTemplateInstances = [
          { templateId: 'setheader', title: 'Key', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Api-Key', 'x-ms-apimTemplateParameter.value': "@connectionParameters('api_key')" } },
        ]),
    });
    expectNoFinding(viaPolicy, RULE);
  });
});
