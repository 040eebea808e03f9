import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-background-matches-brand';
const icon = (background: string) => makePng({ width: 230, height: 230, background, logo: { color: '#ffffff', share: 0.6 } });

describe(RULE, () => {
  it('flags a background that is not iconBrandColor', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': icon('#8b1f1f') } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: 'is #8b1f1f, but iconBrandColor is "#1f6f8b"' });
  });

  it('flags a brand colour changed in apiProperties.json only', async () => {
    const findings = await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#00a36c') });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: '"#00a36c"' });
  });

  it('accepts a match in any letter case and within a small tolerance', async () => {
    expectNoFinding(await lintCase(RULE, { apiProperties: (p) => void (p.properties.iconBrandColor = '#1F6F8B') }), RULE);
    expectNoFinding(await lintCase(RULE, { files: { 'icon.png': icon('#227089') } }), RULE);
  });

  it('leaves a white background to icon-background-not-white-or-default', async () => {
    expectNoFinding(await lintCase(RULE, { files: { 'icon.png': icon('#ffffff') } }), RULE);
  });
});
