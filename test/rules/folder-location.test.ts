import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Linter } from '../../src/engine/lint';
import { expectFinding, expectNoFinding, GOOD, lintCase } from '../helpers/lint-case';

const RULE = 'folder-location';

/** Lints a copy of the verified fixture placed at `relative` below a temporary root. */
async function lintAt(relative: string, program?: 'verified' | 'independent') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-location-'));
  try {
    const dir = path.join(root, relative);
    fs.cpSync(GOOD.verified, dir, { recursive: true });
    return (await new Linter({ only: new Set([RULE]), cwd: root, program }).lintConnector(dir)).findings;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe(RULE, () => {
  it('flags a folder outside the program trees', async () => {
    const findings = await lintCase(RULE, { outsideProgramTree: true });
    expectFinding(findings, { rule: RULE, file: '.', message: 'guessed from iconBrandColor' });
  });

  it('flags a folder under custom-connectors/', async () => {
    expectFinding(await lintAt('custom-connectors/Contoso'), { rule: RULE, file: '.', message: 'custom-connectors/' });
  });

  it('flags a folder nested deeper than one level', async () => {
    expectFinding(await lintAt('certified-connectors/Contoso/v2'), { rule: RULE, message: 'nested in "certified-connectors/Contoso/v2"' });
  });

  it('flags a program option that contradicts the tree', async () => {
    expectFinding(await lintAt('certified-connectors/Contoso', 'independent'), { rule: RULE, message: 'linted as independent' });
  });

  it('accepts <tree>/<Name>/, and a working copy linted with an explicit program', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { program: 'independent' }), RULE);
    expect((await lintAt('work/Contoso', 'verified')).filter((f) => f.rule === RULE)).to.deep.equal([]);
  });
});
