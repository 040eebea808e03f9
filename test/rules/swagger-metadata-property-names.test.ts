import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-metadata-property-names';

describe(RULE, () => {
  it('flags "Privacy Policy" written with a capital P', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-connector-metadata'][1].propertyName = 'Privacy Policy') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/1/propertyName', line: 195, severity: 'warning', message: '"Privacy policy"' });
  });

  it('accepts the documented spelling', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
