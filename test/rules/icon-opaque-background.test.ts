import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-opaque-background';

describe(RULE, () => {
  it('flags a transparent background', async () => {
    const icon = makePng({ width: 230, height: 230, background: '#1f6f8b', alpha: 0, logo: { color: '#ffffff', share: 0.6 } });
    const findings = await lintCase(RULE, { files: { 'icon.png': icon } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: 'all' });
  });

  it('flags a half-transparent background', async () => {
    const icon = makePng({ width: 230, height: 230, background: '#1f6f8b', alpha: 128 });
    expectFinding(await lintCase(RULE, { files: { 'icon.png': icon } }), { rule: RULE, file: 'icon.png' });
  });

  it('accepts an opaque background', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
