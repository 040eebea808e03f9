import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-pageable-shape';

describe(RULE, () => {
  it('flags an unsupported next link name', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: 'nextlink' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-pageable/nextLinkName', severity: 'error', message: '"nextlink"; only "nextLink" and "@odata.nextLink"' });
  });

  it('flags a missing nextLinkName and extra keys', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-pageable'] = { itemName: 'value' }) });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-pageable/nextLinkName', message: 'has no "nextLinkName"' });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/x-ms-pageable/itemName', message: 'only "nextLinkName" is allowed' });
  });

  it('accepts @odata.nextLink', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' }) }), RULE);
  });
});
