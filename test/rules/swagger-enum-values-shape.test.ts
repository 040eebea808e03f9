import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-enum-values-shape';
const AT = '/paths/~1tasks/get/parameters/0/x-ms-enum-values';
const GOOD = () => [
  { value: 'open', displayName: 'Open' },
  { value: 'done', displayName: 'Done' },
];

describe(RULE, () => {
  it('flags an entry without displayName', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = [{ value: 'open' }]) });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/0/displayName`, severity: 'error', message: 'has no "displayName"' });
  });

  it('flags a value outside the enum and a duplicate value', async () => {
    const values = [...GOOD(), { value: 'closed', displayName: 'Closed' }, { value: 'open', displayName: 'Still open' }];
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = values) });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/2/value`, message: '"closed" is not in the enum' });
    expectFinding(findings, { rule: RULE, pointer: `${AT}/3/value`, message: 'more than once' });
  });

  it('accepts one display name per enum value', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = GOOD()) }), RULE);
  });
});
