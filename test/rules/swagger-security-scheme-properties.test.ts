import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-security-scheme-properties';

describe(RULE, () => {
  it('flags an accessCode scheme without tokenUrl', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.securityDefinitions.oauth2_auth.tokenUrl });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/oauth2_auth/tokenUrl', message: '"accessCode" flow requires' });
  });

  it('flags an apiKey scheme without name', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void delete s.securityDefinitions.api_key.name });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/api_key/name' });
  });

  it('flags a key of another type', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.securityDefinitions.api_key.flow = 'accessCode') });
    expectFinding(findings, { rule: RULE, pointer: '/securityDefinitions/api_key/flow', message: 'not valid' });
  });

  it('leaves a type that names an inherited object key to swagger-security-type-supported, without failing', async () => {
    const findings = await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.securityDefinitions.api_key.type = 'toString') });
    expect(findings.filter((f) => f.rule === RULE || f.rule === 'internal-error')).to.deep.equal([]);
  });

  it('accepts complete schemes with description and x- keys', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent', swagger: (s) => void (s.securityDefinitions.api_key['x-contoso-note'] = 'Key from the portal.') }), RULE);
  });
});
