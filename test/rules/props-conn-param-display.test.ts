import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-display';

describe(RULE, () => {
  it('flags a visible field without a tooltip', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void delete p.properties.connectionParameters.api_key.uiDefinition.tooltip });
    expectFinding(findings, { rule: RULE, severity: 'warning', file: 'apiProperties.json', pointer: '/properties/connectionParameters/api_key/uiDefinition/tooltip', message: 'no tooltip' });
  });

  it('flags a visible field without any uiDefinition', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.region = { type: 'string' }) });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/region/uiDefinition' });
  });

  it('skips hidden fields and OAuth sign-in parameters', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => void (p.properties.connectionParameters.region = { type: 'string', uiDefinition: { constraints: { hidden: true } } }),
    });
    expectNoFinding(findings, RULE);
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
