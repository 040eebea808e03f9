import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-uidefinition';

describe(RULE, () => {
  it('flags an unknown uiDefinition key', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters.api_key.uiDefinition.placeholder = 'abc') });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/api_key/uiDefinition/placeholder', message: 'unknown key "placeholder"' });
  });

  it('flags wrong value types in constraints', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => {
        const c = p.properties.connectionParameters.api_key.uiDefinition.constraints;
        c.clearText = 'false';
        c.tabIndex = '2';
        c.required = 'yes';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/api_key/uiDefinition/constraints/clearText', message: 'must be a boolean' });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/api_key/uiDefinition/constraints/tabIndex', message: 'must be an integer' });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/api_key/uiDefinition/constraints/required', message: '"yes"' });
  });

  it('flags allowedValues entries without a value', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => void (p.properties.connectionParameters.api_key.uiDefinition.constraints.allowedValues = [{ text: 'Europe' }]),
    });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters/api_key/uiDefinition/constraints/allowedValues/0/value' });
  });

  it('accepts the documented keys, with hidden and required as strings or booleans', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => {
        const c = p.properties.connectionParameters.api_key.uiDefinition.constraints;
        c.hidden = 'false';
        c.required = true;
        c.allowedValues = [{ value: 'eu', text: 'Europe' }];
      },
    });
    expectNoFinding(findings, RULE);
  });
});
