import { makePng } from '../helpers/png';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-images-resolve';
const screenshot = makePng({ width: 20, height: 10, background: '#cccccc' });
const withImage = (src: string) => (t: string) => t.replace('## Getting Started\n', `## Getting Started\n\n![The flow](${src})\n`);

describe(RULE, () => {
  it('flags an image that is not in the folder', async () => {
    const findings = await lintCase(RULE, { readme: withImage('images/flow.png') });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 35, column: 1, message: '"images/flow.png" does not exist' });
  });

  it('flags an image outside the connector folder', async () => {
    const findings = await lintCase(RULE, { readme: withImage('../shared/flow.png'), files: { '../shared/flow.png': screenshot } });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 35, message: 'outside the connector folder' });
  });

  it('flags an HTML image whose name differs in letter case', async () => {
    const findings = await lintCase(RULE, {
      readme: (t) => t.replace('## Getting Started\n', '## Getting Started\n\n<img src="Images/Flow.png" width="400">\n'),
      files: { 'images/flow.png': screenshot },
    });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 35, message: 'differs only in letter case' });
  });

  it('accepts images that exist, web images and images in code', async () => {
    expectNoFinding(await lintCase(RULE, { readme: withImage('images/flow.png'), files: { 'images/flow.png': screenshot } }), RULE);
    expectNoFinding(await lintCase(RULE, { readme: withImage('https://contoso.com/flow.png') }), RULE);
    expectNoFinding(await lintCase(RULE, { readme: (t) => t + '\n```md\n![example](missing.png)\n```\n' }), RULE);
  });
});
