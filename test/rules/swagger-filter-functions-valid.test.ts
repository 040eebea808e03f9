import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-filter-functions-valid';
const TITLE = '/definitions/Task/properties/title/x-ms-capabilities/filterFunctions';

describe(RULE, () => {
  it('flags an unsupported and a repeated function', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.definitions.Task.properties.title['x-ms-capabilities'] = { filterFunctions: ['eq', 'like', 'eq'] }),
    });
    expectFinding(findings, { rule: RULE, pointer: `${TITLE}/1`, severity: 'error', message: 'lists "like", which is not a supported filter function' });
    expectFinding(findings, { rule: RULE, pointer: `${TITLE}/2`, message: 'lists "eq" twice' });
  });

  it('flags an empty list', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title['x-ms-capabilities'] = { filterFunctions: [] }) });
    expectFinding(findings, { rule: RULE, pointer: TITLE, message: 'is empty' });
  });

  it('flags filterFunctions in a request body', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].post.parameters[0].schema.properties.title['x-ms-capabilities'] = { filterFunctions: ['eq'] }),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/post/parameters/0/schema/properties/title/x-ms-capabilities/filterFunctions', message: 'part of a request body' });
  });

  it('accepts supported functions in a response schema', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.definitions.Task.properties.title['x-ms-capabilities'] = { filterFunctions: ['eq', 'ne', 'startswith'] }),
    });
    expectNoFinding(findings, RULE);
  });
});
