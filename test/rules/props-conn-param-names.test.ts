import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'props-conn-param-names';

describe(RULE, () => {
  it('flags a parameter name with a space', async () => {
    const findings = await lintCase(RULE, {
      program: 'independent',
      apiProperties: (p) => {
        p.properties.connectionParameters['API Key'] = p.properties.connectionParameters.api_key;
        delete p.properties.connectionParameters.api_key;
      },
    });
    expectFinding(findings, { rule: RULE, file: 'apiProperties.json', pointer: '/properties/connectionParameters/API Key', message: '"API Key"' });
  });

  it('flags connectionParameters written as an array', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters = [p.properties.connectionParameters.api_key]) });
    expectFinding(findings, { rule: RULE, pointer: '/properties/connectionParameters', message: 'an array' });
  });

  it('accepts plain names and prefix:name claims', async () => {
    const findings = await lintCase(RULE, { program: 'independent', apiProperties: (p) => void (p.properties.connectionParameters['token:customHost'] = { type: 'string' }) });
    expectNoFinding(findings, RULE);
  });
});
