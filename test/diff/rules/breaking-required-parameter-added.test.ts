import { expect } from 'chai';
import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf, only } from '../helpers';

const RULE = 'breaking-required-parameter-added';

describe(RULE, () => {
  it('flags a new required parameter', () => {
    const { findings, headText, baseText } = diffCase((head) => {
      head.paths['/tasks'].get.parameters.push({ name: 'team', in: 'query', required: true, type: 'string' });
    });
    // Array items open on the line above their first key.
    const line = lineOf(headText, '"name": "team"') - 1;
    const f = expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/3', line, column: 11, message: '"team" (query) of operation "ListTasks" is new and required' });
    expect(f.message).to.include(`base: apiDefinition.swagger.json:${lineOf(baseText, '"operationId": "ListTasks"', '"parameters": [')}:23 /paths/~1tasks/get/parameters;`);
  });

  it('flags an optional parameter made required', () => {
    const { findings, headText } = diffCase((head) => (head.paths['/tasks'].get.parameters[2].required = true));
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/2', line: lineOf(headText, '"name": "owner"') - 1, message: 'is now required' });
  });

  it('flags a new required body property', () => {
    const { findings, headText } = diffCase((head) => {
      const schema = head.paths['/tasks'].post.parameters[0].schema;
      schema.properties.priority = { type: 'integer' };
      schema.required.push('priority');
    });
    expectFinding(findings, {
      rule: RULE,
      pointer: '/paths/~1tasks/post/parameters/0/schema/properties/priority',
      line: lineOf(headText, '"priority": {'),
      message: 'The input "body.priority" of operation "CreateTask" is new and required',
    });
  });

  it('accepts optional additions, internal inputs with a default, and a new optional object with required members', () => {
    const { findings } = diffCase((head) => {
      const params = head.paths['/tasks'].get.parameters;
      params.push({ name: 'team', in: 'query', required: false, type: 'string' });
      params.push({ name: 'api-version', in: 'query', required: true, type: 'string', default: '2024-01-01', 'x-ms-visibility': 'internal' });
      const schema = head.paths['/tasks'].post.parameters[0].schema;
      schema.properties.reminder = { type: 'object', required: ['at'], properties: { at: { type: 'string', format: 'date-time' } } };
    });
    expectNoFinding(findings, RULE);
    expect(only(findings, RULE)).to.deep.equal([]);
  });
});
