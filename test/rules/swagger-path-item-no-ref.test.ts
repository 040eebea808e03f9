import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-path-item-no-ref';

describe(RULE, () => {
  it('flags a path item pulled in with $ref', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/archive'] = { $ref: 'archive.json#/paths/~1archive' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1archive/$ref', severity: 'error', message: 'The path "/archive" uses "$ref"' });
  });

  it('accepts written-out path items', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
