import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-no-secrets';
// Built from pieces so that no credential-shaped literal sits in the source.
const GITHUB_TOKEN = ['ghp', '_', 'R8x2Lq9Vt4Zm7Kp1Wn6Yb3Hc5Jd0Fs8Ga2Ue'].join('');
const API_KEY = ['9f3b7c21', 'e8d44a6f', '0b5c9d7e', '13a2f468'].join('');

describe(RULE, () => {
  it('flags a token format in an x-ms-test-value', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-test-value'] = GITHUB_TOKEN) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-test-value', severity: 'error', message: 'looks like a GitHub token' });
  });

  it('flags a random key as the default of a key parameter, without showing it', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void s.paths['/tasks'].get.parameters.push({ name: 'X-Api-Key', in: 'header', type: 'string', default: API_KEY, 'x-ms-visibility': 'internal' }),
    });
    const finding = expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/1/default', message: 'of "X-Api-Key" looks like a key or token' });
    if (finding.message.includes(API_KEY)) throw new Error('the message must not repeat the secret');
  });

  it('flags a password in an example object', async () => {
    const example = { title: 'Buy milk', password: ['Wint', 'er#2024', 'x'].join('') };
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.example = example) });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/example/password', message: 'looks like a password' });
  });

  it('accepts placeholders, ids and ordinary sample data', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.parameters.push({ name: 'X-Api-Key', in: 'header', type: 'string', 'x-ms-test-value': '<your API key>' });
        s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-test-value'] = '3f2b8c1e-9d4a-4e7b-8a6c-1b2d3e4f5a6b';
        s.definitions.Task.example = { id: 'T-1001', title: 'Buy milk', status: 'open', token: 'next-page' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
