import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'icon-png';
const png = makePng({ width: 230, height: 230, background: '#1f6f8b', logo: { color: '#ffffff', share: 0.6 } });
// A minimal JPEG header (SOI, APP0, SOF0 with 230 × 230) is enough for the format to be recognised.
const jpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0xe6, 0x00, 0xe6, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
]);

describe(RULE, () => {
  it('flags a JPEG saved as icon.png', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': jpeg } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: 'is a JPG image, not a PNG' });
  });

  it('flags a truncated PNG', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': png.subarray(0, 60) } });
    expectFinding(findings, { rule: RULE, file: 'icon.png', message: 'cannot be decoded' });
  });

  it('flags an icon with another name', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': null, 'Icon.png': png } });
    expectFinding(findings, { rule: RULE, file: 'Icon.png', message: 'named exactly icon.png' });
  });

  it('flags an icon in another format', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.png': null, 'icon.jpg': jpeg } });
    expectFinding(findings, { rule: RULE, file: 'icon.jpg', message: 'PNG image named icon.png' });
  });

  it('flags a second icon next to icon.png', async () => {
    const findings = await lintCase(RULE, { files: { 'icon.svg': '<svg/>' } });
    expectFinding(findings, { rule: RULE, file: 'icon.svg', message: 'second icon' });
  });

  it('accepts a PNG icon.png, and a verified folder without an icon', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { files: { 'icon.png': null } }), RULE);
  });
});
