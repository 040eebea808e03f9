import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Report } from '../../src/model/report';
import { runCli } from '../helpers/cli';
import { baseSwagger, lineOf } from './helpers';

describe('connector-precheck diff', function () {
  this.timeout(60_000);
  let root: string;
  let baseText: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-diff-cli-'));
    const write = (dir: string, doc: unknown, name = 'apiDefinition.swagger.json') => {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
      const text = JSON.stringify(doc, null, 2) + '\n';
      fs.writeFileSync(path.join(root, dir, name), text);
      return text;
    };
    baseText = write('base/Contoso', baseSwagger());
    const head = baseSwagger();
    delete head.paths['/tasks/{id}'].delete;
    head.paths['/tasks'].get.parameters[0].required = true;
    write('certified-connectors/Contoso', head);
    fs.writeFileSync(path.join(root, 'certified-connectors/Contoso/apiProperties.json'), '{"properties": {"iconBrandColor": "#1f6f8b"}}');
    write('loose', baseSwagger(), 'old.swagger.json');
    fs.mkdirSync(path.join(root, 'broken'));
    fs.writeFileSync(path.join(root, 'broken/apiDefinition.swagger.json'), '{\n  "swagger": "2.0",\n}\n');
    fs.mkdirSync(path.join(root, 'empty'));
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints the breaking changes as a report on the head connector and exits 1', async () => {
    const result = await runCli(['diff', 'base/Contoso', 'certified-connectors/Contoso', '--format', 'json'], { cwd: root });
    expect(result.code, result.stderr).to.equal(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary).to.include({ connectors: 1, passed: 0, failed: 1, errors: 2, warnings: 0 });
    const [connector] = report.connectors;
    expect(connector.path).to.equal('certified-connectors/Contoso');
    expect(connector.title).to.equal('Contoso Tasks');
    expect(connector.program).to.equal('verified');
    expect(connector.findings.map((f) => [f.rule, f.file, f.pointer])).to.deep.equal([
      ['breaking-required-parameter-added', 'apiDefinition.swagger.json', '/paths/~1tasks/get/parameters/0'],
      ['breaking-operation-removed', 'apiDefinition.swagger.json', '/paths/~1tasks~1{id}/delete'],
    ]);
    expect(connector.findings[1].line).to.equal(lineOf(baseText, '"/tasks/{id}": {', '"delete": {'));
  });

  it('prints stylish output by default and honours --rule', async () => {
    const result = await runCli(['diff', 'base/Contoso', 'certified-connectors/Contoso', '--rule', 'breaking-operation-removed'], { cwd: root });
    expect(result.code).to.equal(1);
    expect(result.stdout).to.match(/error +breaking-operation-removed/);
    expect(result.stdout).to.not.include('breaking-required-parameter-added');
    expect(result.stdout).to.include('fix: Restore the operation');
  });

  it('accepts swagger files and exits 0 when nothing breaks', async () => {
    const result = await runCli(['diff', 'loose/old.swagger.json', 'base/Contoso/apiDefinition.swagger.json', '-f', 'json'], { cwd: root });
    expect(result.code, result.stderr).to.equal(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.connectors[0].findings).to.deep.equal([]);
    expect(report.connectors[0].passed).to.equal(true);
  });

  it('exits 2 on what it cannot compare: a missing path, a folder without swagger, broken JSON, an unknown rule', async () => {
    const missing = await runCli(['diff', 'nowhere', 'base/Contoso'], { cwd: root });
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.include('The base "nowhere" does not exist.');
    const empty = await runCli(['diff', 'base/Contoso', 'empty'], { cwd: root });
    expect(empty.code).to.equal(2);
    expect(empty.stderr).to.include('has no apiDefinition.swagger.json');
    const broken = await runCli(['diff', 'base/Contoso', 'broken'], { cwd: root });
    expect(broken.code).to.equal(2);
    expect(broken.stderr).to.include('broken/apiDefinition.swagger.json:3:1 cannot be compared: Trailing comma');
    const rule = await runCli(['diff', 'base/Contoso', 'base/Contoso', '--rule', 'swagger-title-max-length'], { cwd: root });
    expect(rule.code).to.equal(2);
    const arity = await runCli(['diff', 'base/Contoso'], { cwd: root });
    expect(arity.code).to.equal(2);
  });
});
