import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-dimensions';
const square = (side: number) => makePng({ width: side, height: side, background: '#1f6f8b', logo: { color: '#ffffff', share: 0.6 } });

describe(RULE, () => {
  it('flags an icon larger than 230 pixels', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': square(400) } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: '400 × 400' });
  });

  it('flags an icon smaller than 100 pixels', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': square(64) } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: '64 × 64' });
  });

  it('accepts 100 to 230 pixels', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { files: { 'icon.png': square(100) } }), RULE);
  });
});
