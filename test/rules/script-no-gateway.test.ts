import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'script-no-gateway';
const gateway = (p: { properties: { connectionParameters: Record<string, unknown> } }) => {
  p.properties.connectionParameters.gateway = { type: 'gatewaySetting', gatewaySettings: { dataSourceType: 'CustomConnector' } };
};

describe(RULE, () => {
  it('flags a gateway connection parameter next to custom code', async () => {
    const findings = await lintCase(RULE, { apiProperties: gateway });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/gateway/type' });
  });

  it('accepts a gateway without custom code, and custom code without a gateway', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: gateway, files: { 'script.csx': null } }), RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
