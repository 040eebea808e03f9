import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'text-encoding';

describe(RULE, () => {
  it('flags a script full of NUL bytes as binary', async () => {
    const findings = await lintCase(RULE, { files: { 'script.csx': Buffer.alloc(1000) } });
    expectFinding(findings, { rule: RULE, file: 'script.csx', line: 1, column: 1, message: 'NUL bytes' });
  });

  it('flags a Latin-1 readme at the line of the first bad byte', async () => {
    const findings = await lintCase(RULE, { files: { 'readme.md': Buffer.from('# Contoso\n\nCaf\xe9 tasks\n', 'latin1') } });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 3, column: 4, message: 'not valid UTF-8' });
  });

  it('flags a UTF-16 readme', async () => {
    const findings = await lintCase(RULE, { files: { 'readme.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Contoso\n', 'utf16le')]) } });
    expectFinding(findings, { rule: RULE, file: 'readme.md', message: 'UTF-16' });
  });

  it('accepts UTF-8 text with non-ASCII characters', async () => {
    expectNoFinding(await lintCase(RULE, { readme: (t) => t + '\nCafé, naïve, 漢字.\n' }), RULE);
  });
});
