import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-deprecated-suffix';

describe(RULE, () => {
  it('flags a deprecated operation whose summary and description do not say so', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.deprecated = true) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'does not say "(deprecated)"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/description' });
    expect(findings.filter((f) => f.rule === RULE)).to.have.length(2);
  });

  it('accepts the suffix in any case', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const op = s.paths['/tasks'].get;
        op.deprecated = true;
        op.summary = 'List tasks (Deprecated)';
        op.description = 'Lists the tasks of the signed-in user (deprecated).';
      },
    });
    expectNoFinding(findings, RULE);
  });
});
