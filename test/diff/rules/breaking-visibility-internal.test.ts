import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-visibility-internal';

describe(RULE, () => {
  it('flags an operation made internal', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/tasks/{id}'].get['x-ms-visibility'] = 'internal'));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks~1{id}/get/x-ms-visibility', line: lineOf(headText, '"x-ms-visibility": "internal"'), message: '"GetTask" is now internal (was important)' });
  });

  it('flags a parameter made internal', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/tasks'].get.parameters[2]['x-ms-visibility'] = 'internal'));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/2', line: lineOf(headText, '"name": "owner"') - 1, message: '"owner" (query) of operation "ListTasks" is now internal (was visible)' });
  });

  it('accepts advanced, and inputs that were internal already', () => {
    const { findings } = diffCase((head) => {
      head.paths['/tasks/{id}'].get['x-ms-visibility'] = 'advanced';
      head.paths['/hooks/assigned'].post.parameters[0].schema.properties.callbackUrl.description = 'Set by the service.';
    });
    expectNoFinding(findings, RULE);
  });
});
