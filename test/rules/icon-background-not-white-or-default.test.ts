import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-background-not-white-or-default';
const icon = (background: string) => makePng({ width: 230, height: 230, background, logo: { color: '#333333', share: 0.6 } });

describe(RULE, () => {
  it('flags a white background', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': icon('#ffffff') } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: '#ffffff, white' });
  });

  it('flags the default connector blue, also when slightly off', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': icon('#037fe3') } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: '#007ee5' });
  });

  it('accepts a brand-coloured background', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
