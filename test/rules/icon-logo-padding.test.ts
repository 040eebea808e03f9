import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-logo-padding';
const icon = (share: number) => makePng({ width: 230, height: 230, background: '#1f6f8b', logo: { color: '#ffffff', share } });

describe(RULE, () => {
  it('flags a logo that fills the icon', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': icon(0.92) } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', severity: 'warning', message: '92 % of a side' });
  });

  it('accepts a logo of about 70 % with a margin around it', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { files: { 'icon.png': icon(0.7) } }), RULE);
  });
});
