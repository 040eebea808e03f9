import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-absent-ip';
const icon = makePng({ width: 230, height: 230, background: '#da3b01' });

describe(RULE, () => {
  it('flags an icon.png in an independent-publisher folder', async () => {
    const findings = await lintCase(RULE, { program: 'independent', files: { 'icon.png': icon } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', severity: 'error', message: 'generic icon' });
  });

  it('flags an icon in another format or case', async () => {
    const findings = await lintCase(RULE, { program: 'independent', files: { 'Icon.svg': '<svg/>' } });
    expectFinding(findings, { rule: RULE, file: 'Icon.svg' });
  });

  it('accepts an independent-publisher folder without an icon', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
  });

  it('does not apply to verified publishers, who may ship one', async () => {
    expectNoFinding(await lintCase(RULE, { program: 'verified' }), RULE);
  });
});
