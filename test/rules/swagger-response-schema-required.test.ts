import { expect } from 'chai';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-response-schema-required';
const GET_TASK = '/paths/~1tasks~1{taskId}/get';

describe(RULE, () => {
  it('flags a 200 response without a schema, at the missing schema', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void delete s.paths['/tasks/{taskId}'].get.responses['200'].schema });
    expectFinding(findings, { rule: RULE, pointer: `${GET_TASK}/responses/200/schema`, severity: 'error', message: 'GET /tasks/{taskId} ("GetTask") answers 200 without a response schema' });
  });

  it('flags a shared response once, where it is written', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.responses = { Task: { description: 'The task.' } };
        s.paths['/tasks/{taskId}'].get.responses['200'] = { $ref: '#/responses/Task' };
        s.paths['/tasks'].post.responses = { '201': { $ref: '#/responses/Task' } };
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/responses/Task/schema' });
    expect(findings.filter((f) => f.rule === RULE)).to.have.length(1);
  });

  it('exempts deletes, triggers, internal operations and operations that may answer 204', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const tasks = s.paths['/tasks'];
        delete tasks.get.responses['200'].schema;
        tasks.get['x-ms-trigger'] = 'batch';
        delete tasks.post.responses['201'].schema;
        tasks.post['x-ms-visibility'] = 'internal';
        const task = s.paths['/tasks/{taskId}'];
        delete task.get.responses['200'].schema;
        task.get.responses['204'] = { description: 'No content.' };
        task.delete.responses['200'] = { description: 'Deleted.' };
      },
    });
    expectNoFinding(findings, RULE);
  });

  it('accepts the good connector', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
