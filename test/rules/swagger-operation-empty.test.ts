import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-operation-empty';

describe(RULE, () => {
  it('flags an empty operation once, and the rules for its parts stay silent', async () => {
    const findings = await lintCase([RULE, 'swagger-operation-summary-required', 'swagger-operation-id-required'], {
      swagger: (s) => void (s.paths['/tasks'].put = { responses: { default: { description: 'Error.' } } }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/put', message: 'PUT /tasks is empty' });
    expect(findings.map((f) => f.rule)).to.deep.equal([RULE]);
  });

  it('accepts an operation that has any of its parts', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].put = { operationId: 'ReplaceTasks', responses: { default: { description: 'Error.' } } }),
    });
    expectNoFinding(findings, RULE);
  });
});
