import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-discriminator-valid';

describe(RULE, () => {
  it('flags a discriminator that is not required', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.discriminator = 'status') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/discriminator', severity: 'error', message: 'which is not in its "required" list' });
  });

  it('flags a discriminator that is not a property, or not a string', async () => {
    const missing = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.discriminator = 'kind') });
    expectFinding(missing, { rule: RULE, pointer: '/definitions/Task/discriminator', message: 'not one of its properties' });
    const number = await lintCase(RULE, {
      swagger: (s) => {
        s.definitions.Task.properties.kind = { type: 'integer' };
        Object.assign(s.definitions.Task, { discriminator: 'kind', required: ['kind'] });
      },
    });
    expectFinding(number, { rule: RULE, message: 'not a string property' });
  });

  it('accepts a required string discriminator', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void Object.assign(s.definitions.Task, { discriminator: 'status', required: ['status'] }) }), RULE);
  });
});
