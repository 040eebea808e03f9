import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError } from '../../src/config/config-error';
import { runLint } from '../../src/engine/run';
import type { Report } from '../../src/model/report';
import { GOOD } from '../helpers/lint-case';

/** A repository with one verified connector whose title is too long and whose readme is missing. */
function makeRepo(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-config-'));
  fs.mkdirSync(path.join(root, '.git'));
  const dir = path.join(root, 'certified-connectors', 'Contoso');
  fs.cpSync(GOOD.verified, dir, { recursive: true });
  const swaggerFile = path.join(dir, 'apiDefinition.swagger.json');
  const swagger = JSON.parse(fs.readFileSync(swaggerFile, 'utf8'));
  swagger.info.title = 'Contoso Enterprise Task Tracker Pro';
  fs.writeFileSync(swaggerFile, JSON.stringify(swagger, null, 4));
  fs.rmSync(path.join(dir, 'readme.md'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

const RULES = ['swagger-title-max-length', 'folder-required-files', 'swagger-param-summary-required'];

async function lintRepo(root: string): Promise<Report> {
  return runLint([root], { cwd: root, only: RULES, concurrency: 1 });
}

describe('configuration and ignore file', () => {
  const roots: string[] = [];
  const repo = (files: Record<string, string>) => {
    const root = makeRepo(files);
    roots.push(root);
    return root;
  };
  after(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it('reports both findings without configuration', async () => {
    const report = await lintRepo(repo({}));
    expect(report.connectors[0].findings.map((f) => f.rule).sort()).to.deep.equal(['folder-required-files', 'swagger-title-max-length']);
    expect(report.summary.suppressed).to.equal(0);
  });

  it('switches rules off and changes severities, for Spectral rules and checks alike, counting what it suppresses', async () => {
    const root = repo({ '.connector-precheck.yaml': 'rules:\n  swagger-title-max-length: warn\n  folder-required-files: off\n' });
    const report = await lintRepo(root);
    const c = report.connectors[0];
    expect(c.findings.map((f) => [f.rule, f.severity])).to.deep.equal([['swagger-title-max-length', 'warning']]);
    expect(c.passed).to.equal(true);
    expect(c.suppressed!.map((f) => [f.rule, f.suppressedBy])).to.deep.equal([['folder-required-files', 'config']]);
    expect(report.summary).to.include({ passed: 1, failed: 0, suppressed: 1 });
  });

  it('applies overrides by file glob and JSON pointer, braces raw or percent-encoded', async () => {
    const config = [
      'overrides:',
      '  - files: ["certified-connectors/*/apiDefinition.swagger.json#/info"]',
      '    rules: { swagger-title-max-length: off }',
      '  - files: ["certified-connectors/Contoso/apiDefinition.swagger.json#/paths/~1tasks~1%7BtaskId%7D/get"]',
      '    rules: { swagger-param-summary-required: off }',
    ].join('\n');
    const root = repo({ '.connector-precheck.yaml': config });
    const swaggerFile = path.join(root, 'certified-connectors/Contoso/apiDefinition.swagger.json');
    const swagger = JSON.parse(fs.readFileSync(swaggerFile, 'utf8'));
    delete swagger.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'];
    delete swagger.paths['/tasks/{taskId}'].delete.parameters[0]['x-ms-summary'];
    fs.writeFileSync(swaggerFile, JSON.stringify(swagger, null, 4));
    const c = (await lintRepo(root)).connectors[0];
    expect(c.findings.map((f) => [f.rule, f.pointer ?? f.file])).to.deep.equal([
      ['swagger-param-summary-required', '/paths/~1tasks~1{taskId}/delete/parameters/0/x-ms-summary'],
      ['folder-required-files', 'readme.md'],
    ]);
    expect(c.suppressed!.map((f) => f.rule).sort()).to.deep.equal(['swagger-param-summary-required', 'swagger-title-max-length']);
  });

  it('merges what a configuration extends, the extending file winning', async () => {
    const root = repo({
      'base.yaml': 'rules:\n  swagger-title-max-length: off\n  folder-required-files: off\n',
      '.connector-precheck.json': JSON.stringify({ extends: './base.yaml', rules: { 'folder-required-files': 'error' } }),
    });
    const c = (await lintRepo(root)).connectors[0];
    expect(c.findings.map((f) => f.rule)).to.deep.equal(['folder-required-files']);
  });

  it('rejects an unknown rule with a suggestion, and a bad severity', async () => {
    const bad = repo({ '.connector-precheck.yaml': 'rules:\n  swagger-title-max-lenght: off\n' });
    await expectConfigError(lintRepo(bad), /unknown rule "swagger-title-max-lenght" \(did you mean "swagger-title-max-length"\?\)/);
    const severity = repo({ '.connector-precheck.yaml': 'rules:\n  swagger-title-max-length: fatal\n' });
    await expectConfigError(lintRepo(severity), /must be equal to one of the allowed values/);
  });

  it('accepts findings listed in the ignore file with their reason, and counts them', async () => {
    const ignore = [
      'ignore:',
      '  - connector: certified-connectors/Contoso',
      '    rule: swagger-title-max-length',
      '    pointer: /info/title',
      '    reason: The product name is long and Microsoft accepted it in 2021.',
    ].join('\n');
    const c = (await lintRepo(repo({ '.connector-precheck-ignore.yaml': ignore }))).connectors[0];
    expect(c.findings.map((f) => f.rule)).to.deep.equal(['folder-required-files']);
    expect(c.suppressed).to.have.length(1);
    expect(c.suppressed![0]).to.include({ rule: 'swagger-title-max-length', suppressedBy: 'ignore-file', reason: 'The product name is long and Microsoft accepted it in 2021.' });
  });

  it('reports ignore entries that no longer match anything', async () => {
    const ignore = 'ignore:\n  - connector: certified-connectors/*\n    rule: swagger-param-summary-required\n    reason: Old parameters.\n';
    const report = await lintRepo(repo({ '.connector-precheck-ignore.yaml': ignore }));
    expect(report.unusedIgnores).to.have.length(1);
    expect(report.unusedIgnores![0]).to.include({ entry: 1, connector: 'certified-connectors/*', rule: 'swagger-param-summary-required' });
  });

  it('does not call an entry stale when its rule did not run (left out by --rule, or a breaking change outside pull-request mode)', async () => {
    const ignore = [
      'ignore:',
      '  - connector: certified-connectors/Contoso',
      '    rule: breaking-operation-removed',
      '    reason: DeleteTask was never published.',
      '  - connector: certified-connectors/Contoso',
      '    rule: swagger-operation-id-pascal-case',
      '    reason: Old operation ids.',
    ].join('\n');
    const report = await lintRepo(repo({ '.connector-precheck-ignore.yaml': ignore }));
    expect(report.unusedIgnores).to.equal(undefined);
  });

  it('refuses an ignore entry without a reason', async () => {
    const ignore = 'ignore:\n  - connector: certified-connectors/Contoso\n    rule: swagger-title-max-length\n';
    await expectConfigError(lintRepo(repo({ '.connector-precheck-ignore.yaml': ignore })), /needs a reason/);
  });
});

async function expectConfigError(promise: Promise<unknown>, message: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    expect((error as Error).message).to.match(message);
    return;
  }
  expect.fail('expected a configuration error');
}
