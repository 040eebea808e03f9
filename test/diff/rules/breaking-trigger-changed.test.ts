import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-trigger-changed';

describe(RULE, () => {
  it('flags a single trigger made batch', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/hooks/assigned'].post['x-ms-trigger'] = 'batch'));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks~1assigned/post/x-ms-trigger', line: lineOf(headText, '"x-ms-trigger": "batch"'), message: 'from a single trigger to a batch trigger' });
  });

  it('flags an action made a trigger, and a trigger made an action', () => {
    const { findings, headText } = diffCase((head) => {
      head.paths['/tasks'].get['x-ms-trigger'] = 'batch';
      delete head.paths['/hooks/assigned'].post['x-ms-trigger'];
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-trigger', message: '"ListTasks" changed from an action to a batch trigger' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1hooks~1assigned/post', line: lineOf(headText, '"/hooks/assigned": {', '"post": {'), message: 'from a single trigger to an action' });
  });

  it('accepts an unchanged trigger type, whatever its case', () => {
    expectNoFinding(diffCase((head) => (head.paths['/hooks/assigned'].post['x-ms-trigger'] = 'Single')).findings, RULE);
  });
});
