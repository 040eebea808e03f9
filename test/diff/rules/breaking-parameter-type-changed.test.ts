import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-parameter-type-changed';

describe(RULE, () => {
  it('flags a parameter whose type changed', () => {
    const { findings, headText } = diffCase((head) => {
      head.paths['/tasks'].get.parameters[1].type = 'string';
      delete head.paths['/tasks'].get.parameters[1].format;
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/1', line: lineOf(headText, '"name": "top"') - 1, message: 'changed type from integer to string' });
  });

  it('flags a body property whose format changed, and array items whose type changed', () => {
    const { findings, headText } = diffCase((head) => {
      const properties = head.paths['/tasks'].post.parameters[0].schema.properties;
      properties.due.format = 'date';
      properties.labels.items.type = 'integer';
    });
    expectFinding(findings, {
      rule: RULE,
      pointer: '/paths/~1tasks/post/parameters/0/schema/properties/due',
      line: lineOf(headText, '"operationId": "CreateTask"', '"due": {'),
      message: '"body.due" of operation "CreateTask" changed format from date-time to date',
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/properties/labels/items', message: '"body.labels[]"' });
  });

  it('accepts widening changes: integer to number, a dropped format', () => {
    const { findings } = diffCase((head) => {
      head.paths['/tasks'].get.parameters[1].type = 'number';
      delete head.paths['/tasks'].post.parameters[0].schema.properties.due.format;
    });
    expectNoFinding(findings, RULE);
  });
});
