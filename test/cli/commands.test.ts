import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { explainCommand, findRules, header } from '../../src/cli/commands/explain';
import { UsageError } from '../../src/cli/exit';
import { Catalog } from '../../src/catalog';
import type { Report } from '../../src/model/report';
import { PACKAGE_ROOT } from '../../src/tool';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const GOOD = path.join(ROOT, 'fixtures/certified-connectors/Contoso Tasks');

const catalog = new Catalog();
const page = (id: string) => {
  const file = path.join(PACKAGE_ROOT, 'docs', 'rules', `${id}.md`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
};
const ids = (query: string) => findRules(query, catalog, page).rules.map((r) => r.id);

/** Runs explain in this process and returns what it printed. */
function explain(query: string): string {
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    explainCommand(query);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe('connector-precheck explain', () => {
  it('finds a rule by id or by validator code, as given', () => {
    expect(findRules('swagger-title-max-length', catalog, page)).to.deep.include({ exact: true });
    expect(ids('swagger-title-max-length')).to.deep.equal(['swagger-title-max-length']);
    expect(ids('OperationIdRequired')).to.deep.equal(['swagger-operation-id-required']);
    expect(ids('fieldlengthexceeded')).to.have.members(['swagger-title-max-length', 'swagger-operation-summary-max-length', 'swagger-param-summary-max-length']);
  });

  it('finds the code names in a pasted validator message', () => {
    expect(ids("error OperationIdRequired: The operation needs an id. ValuePath: '/paths/~1tasks/get' Value: ''")).to.deep.equal(['swagger-operation-id-required']);
    // Several rules share a code: the field the message quotes and the ValuePath pick one.
    expect(ids("error FieldLengthExceeded: The 'title' value goes over the character limit '30' ValuePath: '/info/title'")).to.deep.equal(['swagger-title-max-length']);
  });

  it('finds the rule whose page quotes a validator message that has no code name', () => {
    expect(ids("The 'title' value goes over the character limit '30' ValuePath: /info/title")).to.deep.equal(['swagger-title-max-length']);
    expect(ids("The 'contact' property is required. ValuePath: /info")).to.deep.equal(['swagger-contact-required']);
    expect(ids("The 'description' property is required. ValuePath: /paths/~1tasks/get/parameters/0")).to.deep.equal(['swagger-param-description-required']);
  });

  it('matches change-validator sentences by containment or by their beginning', () => {
    expect(ids('The operation has been deleted. This change breaks existing flows. ValuePath: operation/DeleteTask Source: NewSwagger')).to.deep.equal(['breaking-operation-removed']);
    expect(ids('The type has been changed for the output field. Existing flows may be broken…')).to.deep.equal(['breaking-response-type-changed']);
    expect(ids('The list of enum values has been added to the input')).to.deep.equal(['breaking-input-enum-added']);
  });

  it('finds rule ids in a pasted line of our own output', () => {
    expect(ids('apiDefinition.swagger.json:4:14  error  swagger-title-max-length  The title has 38 characters')).to.deep.equal(['swagger-title-max-length']);
  });

  it('prints a header from the catalog before the doc page', () => {
    const rule = catalog.get('swagger-title-max-length')!;
    const out = explain('swagger-title-max-length');
    expect(out.startsWith(header(rule) + '\n# swagger-title-max-length\n')).to.equal(true);
    expect(out).to.match(/^ {2}severity {3}error$/m);
    expect(out).to.match(/^ {2}programs {3}verified and independent publishers$/m);
    expect(out).to.match(/^ {2}file {7}apiDefinition\.swagger\.json$/m);
    expect(out).to.match(/^ {2}validator {2}FieldLengthExceeded/m);
    expect(out).to.include(`  criterion  ${rule.criterion.text}\n             ${rule.criterion.url}\n`);
    expect(out).to.include(`  fix        ${rule.fix}\n`);
    expect(explain("The 'title' value goes over the character limit '30' ValuePath: /info/title")).to.match(/^Rule for this message: swagger-title-max-length\n\nswagger-title-max-length\n/);
  });

  it('refuses what it cannot match, suggesting a close rule id', () => {
    expect(() => explain('swagger-title-max-lenght')).to.throw(UsageError, /Did you mean "swagger-title-max-length"\?/);
    expect(() => explain('Something went wrong somewhere else entirely')).to.throw(UsageError, /No rule matches this message/);
  });
});

describe('connector-precheck rules --program, explain and lint display options (end to end)', function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-cmd-'));
    const broken = path.join(tmp, 'certified-connectors', 'Broken');
    fs.cpSync(GOOD, broken, { recursive: true });
    fs.rmSync(path.join(broken, 'readme.md'));
    const swaggerFile = path.join(broken, 'apiDefinition.swagger.json');
    const swagger = JSON.parse(fs.readFileSync(swaggerFile, 'utf8'));
    swagger.info.title = 'Broken Enterprise Task Tracker Pro';
    fs.writeFileSync(swaggerFile, JSON.stringify(swagger, null, 4));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('rules --program lists only the rules of that program', async () => {
    for (const program of ['verified', 'independent'] as const) {
      const run = await runCli(['rules', '--program', program, '--json']);
      expect(run.code, run.stderr).to.equal(0);
      const listed = (JSON.parse(run.stdout) as Array<{ id: string; programs: string[] }>).map((r) => r.id);
      expect(listed).to.deep.equal(catalog.all().filter((r) => r.programs.includes(program)).map((r) => r.id));
    }
    const text = await runCli(['rules', '--program', 'independent']);
    expect(text.stdout).to.not.match(/^\S+\s+\S+\s+verified\s/m);
    expect(text.stdout).to.match(/\d+ rules apply to independent-publisher connectors\./);
    expect((await runCli(['rules', '--program', 'custom'])).code).to.equal(2);
  });

  it('explain takes a pasted message as one argument or as several words', async () => {
    const run = await runCli(['explain', 'error', 'OperationIdRequired:', 'The', 'operation', 'has', 'no', 'id.']);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/^Rule for this message: swagger-operation-id-required\n\nswagger-operation-id-required\n {2}severity/);
    expect((await runCli(['explain', 'NoSuchCodeAnywhere'])).code).to.equal(2);
  });

  it('--max-problems and --quiet shorten stylish, leave json alone, and never change the exit code', async () => {
    const dir = path.join(tmp, 'certified-connectors', 'Broken');
    const full = await runCli(['lint', dir, '-f', 'json'], { cwd: tmp });
    expect(full.code, full.stderr).to.equal(1);
    const report = JSON.parse(full.stdout) as Report;
    const findings = report.connectors[0].findings;
    expect(findings.filter((f) => f.severity === 'error').length).to.be.at.least(2);

    const capped = await runCli(['lint', dir, '--max-problems', '1'], { cwd: tmp });
    expect(capped.code).to.equal(1);
    expect(capped.stdout.match(/^ {2}\S+ +(error|warning|info) {2}/gm)).to.have.length(1);
    expect(capped.stdout).to.match(new RegExp(`… and ${findings.length - 1} more \\(.*see --format json\\)`));

    const quiet = await runCli(['lint', dir, '--quiet', '-f', 'json', '-o', 'quiet.json', '-f', 'stylish', '--max-problems', '0'], { cwd: tmp });
    expect(quiet.code).to.equal(1);
    expect(quiet.stdout).to.not.match(/^ {2}\S+ +(error|warning|info) {2}/m);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'quiet.json'), 'utf8'))).to.deep.equal(report);

    const bad = await runCli(['lint', dir, '--max-problems', 'many'], { cwd: tmp });
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.equal('connector-precheck: --max-problems must be a whole number of at least 0, not "many".\n');
  });
});
