import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-square';

describe(RULE, () => {
  it('flags a landscape icon', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': makePng({ width: 230, height: 180, background: '#1f6f8b' }) } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: '230 × 180' });
  });

  it('accepts a square icon', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { files: { 'icon.png': makePng({ width: 150, height: 150, background: '#1f6f8b' }) } }), RULE);
  });
});
