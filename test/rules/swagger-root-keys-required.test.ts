import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-root-keys-required';

describe(RULE, () => {
  it('flags a missing host at the missing key', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.host });
    expectFinding(findings, { rule: RULE, pointer: '/host', message: '"host"' });
  });

  it('flags missing swagger and paths keys', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (delete s.swagger, delete s.paths) });
    expectFinding(findings, { rule: RULE, pointer: '/swagger' });
    expectFinding(findings, { rule: RULE, pointer: '/paths' });
  });

  it('leaves an OpenAPI 3 document without "swagger" to swagger-version-2', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (delete s.swagger, (s.openapi = '3.0.0')) });
    expect(findings.filter((f) => f.rule === RULE)).to.deep.equal([]);
  });

  it('accepts a definition with swagger, paths and host', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });
});
