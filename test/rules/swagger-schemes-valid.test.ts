import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-schemes-valid';

describe(RULE, () => {
  it('flags an empty schemes list', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.schemes = []) });
    expectFinding(findings, { rule: RULE, pointer: '/schemes', line: 15, message: 'empty' });
  });

  it('flags WebSocket schemes as unsupported', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.schemes = ['https', 'wss']) });
    expectFinding(findings, { rule: RULE, pointer: '/schemes/1', message: 'not supported' });
  });

  it('flags other schemes as not valid', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.schemes = ['ftp']) });
    expectFinding(findings, { rule: RULE, pointer: '/schemes/0', message: 'not valid' });
  });

  it('accepts http and https', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.schemes = ['https', 'http']) }), RULE);
  });
});
