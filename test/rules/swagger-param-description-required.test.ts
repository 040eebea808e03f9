import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-param-description-required';
const STATUS = '/paths/~1tasks/get/parameters/0';

describe(RULE, () => {
  it('flags a visible query parameter without description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks'].get.parameters[0].description });
    expectFinding(findings, { rule: RULE, pointer: `${STATUS}/description`, message: 'Parameter "status" (query) of GET /tasks has no description' });
  });

  it('flags a shared parameter once, where it is defined', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.parameters = { TaskId: { ...s.paths['/tasks/{taskId}'].get.parameters[0] } };
        delete s.parameters.TaskId.description;
        s.paths['/tasks/{taskId}'].get.parameters[0] = { $ref: '#/parameters/TaskId' };
        s.paths['/tasks/{taskId}'].delete.parameters[0] = { $ref: '#/parameters/TaskId' };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/parameters/TaskId/description' });
    expect(findings.filter((f) => f.rule === RULE)).to.have.length(1);
  });

  it('exempts internal parameters, parameters of internal operations and body parameters', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const status = s.paths['/tasks'].get.parameters[0];
        delete status.description;
        status['x-ms-visibility'] = 'internal';
        delete s.paths['/tasks/{taskId}'].delete.parameters[0].description;
        s.paths['/tasks/{taskId}'].delete['x-ms-visibility'] = 'internal';
        s.paths['/tasks'].post.parameters[0].description = undefined;
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts described parameters', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
