import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-metadata-urls';

describe(RULE, () => {
  it('flags a Website without scheme', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-connector-metadata'][0].propertyValue = 'www.contoso.com') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/0/propertyValue', line: 192, message: '"www.contoso.com"' });
  });

  it('flags a privacy policy that is not a link', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s['x-ms-connector-metadata'][1].propertyValue = 'See our website') });
    expectFinding(findings, { rule: RULE, pointer: '/x-ms-connector-metadata/1/propertyValue', message: '"Privacy policy"' });
  });

  it('accepts absolute URLs', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
