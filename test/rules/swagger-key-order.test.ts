import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-key-order';

describe(RULE, () => {
  it('flags info written after paths', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const { info, ...rest } = s;
        return JSON.stringify({ ...rest, info }, null, 4);
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/info', severity: 'warning', message: '"info" comes after "definitions"' });
  });

  it('flags parameters before definitions', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        const { definitions, ...rest } = s;
        return JSON.stringify({ ...rest, parameters: {}, definitions }, null, 4);
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/definitions' });
  });

  it('accepts the documented order, with other keys anywhere', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { swagger: (s) => JSON.stringify({ 'x-note': 'first', ...s }, null, 4) }), RULE);
  });
});
