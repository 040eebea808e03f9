import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-format-known';

describe(RULE, () => {
  it('flags an unknown format on a schema property', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.id.format = 'guid') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/id/format', severity: 'warning', message: '(string/guid) is not a known format' });
  });

  it('flags a known format on the wrong type, on a parameter', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0].format = 'int32') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/format', message: 'parameter "status" of GET /tasks (string/int32) does not fit its type' });
  });

  it('accepts the platform formats on their types', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const props = s.definitions.Task.properties;
        props.id.format = 'uuid';
        props.title.format = 'html';
        props.count = { type: 'integer', format: 'int64' };
        props.score = { type: 'number', format: 'double' };
        props.day = { type: 'string', format: 'date-no-tz' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
