import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';
import { addDynamicFields, addProjectList, BODY, fields, project } from '../helpers/extension-cases';

const RULE = 'swagger-dynamic-v2-required';

describe(RULE, () => {
  it('flags a reference into the body without x-ms-dynamic-list', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        delete project(s)['x-ms-dynamic-list'];
      },
    });
    expectFinding(findings, {
      rule: RULE,
      pointer: `${BODY}/project/x-ms-dynamic-values/parameters/workspace/parameter`,
      severity: 'error',
      message: 'a property inside a parameter; such references need x-ms-dynamic-list',
    });
  });

  it('flags an ambiguous reference without x-ms-dynamic-list', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        delete project(s)['x-ms-dynamic-list'];
        s.paths['/tasks'].post.parameters.push({ name: 'workspace', in: 'query', type: 'string', 'x-ms-summary': 'Workspace', description: 'The workspace.' });
      },
    });
    expectFinding(findings, { rule: RULE, message: 'both a parameter and a body property' });
  });

  it('flags a dynamic schema value-path ending in properties without x-ms-dynamic-properties', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addDynamicFields(s);
        delete fields(s)['x-ms-dynamic-properties'];
        fields(s)['x-ms-dynamic-schema'].parameters = { workspace: 'main' };
        fields(s)['x-ms-dynamic-schema']['value-path'] = 'schema/properties';
      },
    });
    expectFinding(findings, { rule: RULE, pointer: `${BODY}/fields/x-ms-dynamic-schema/value-path`, message: 'points at schema properties' });
  });

  it('accepts the same calls with their companions, and a plain parameter reference without one', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        addProjectList(s);
        addDynamicFields(s);
        s.paths['/tasks/{taskId}'].get.parameters.push({
          name: 'project', in: 'query', type: 'string', 'x-ms-summary': 'Project', description: 'The project.',
          'x-ms-dynamic-values': { operationId: 'ListProjects', 'value-collection': 'value', 'value-path': 'id', parameters: { workspace: { parameter: 'taskId' } } },
        });
      },
    });
    expectNoFinding(findings, RULE);
  });
});
