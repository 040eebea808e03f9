import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-size-1mb';
const png = makePng({ width: 230, height: 230, background: '#1f6f8b' });

describe(RULE, () => {
  it('flags an icon of more than 1 MB', async () => {
    // Bytes after the end of the image still count towards the file size.
    const findings = await lintCase(RULE, { files: { 'icon.png': Buffer.concat([png, Buffer.alloc(1100 * 1024)]) } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: 'must be smaller than 1 MB' });
  });

  it('accepts a small icon', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
  });
});
