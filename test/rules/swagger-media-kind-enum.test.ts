import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-media-kind-enum';

describe(RULE, () => {
  it('flags a media kind other than image or audio', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title['x-ms-media-kind'] = 'video') });
    expectFinding(findings, { rule: RULE, pointer: '/definitions/Task/properties/title/x-ms-media-kind', severity: 'error', message: '"video"' });
  });

  it('accepts image', async () => {
    expectNoFinding(await lintCase(RULE, { swagger: (s) => void (s.definitions.Task.properties.title['x-ms-media-kind'] = 'image') }), RULE);
  });
});
