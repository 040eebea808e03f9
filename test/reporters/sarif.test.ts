import { expect } from 'chai';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Finding } from '../../src/model/finding';
import type { Report } from '../../src/model/report';
import { FINGERPRINT_KEY, type SarifLog } from '../../src/reporters/sarif';
import { CATALOG, REPORT, render } from './fixture';

/**
 * The official SARIF 2.1.0 JSON schema (draft-04; the file schemastore publishes as sarif-2.1.0-rtm.5.json), as
 * shipped by Microsoft's MIT-licensed @microsoft/jest-sarif package (a devDependency used only for this file).
 * `unicodeRegExp: false`: one `pattern` in the official schema is not a valid Unicode-mode regular expression.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

function sarifOf(report: Report): SarifLog {
  return JSON.parse(render('sarif', report)) as SarifLog;
}

function withFinding(finding: Finding, path = 'certified-connectors/Contoso Tasks'): Report {
  return { ...REPORT, connectors: [{ ...REPORT.connectors[0], path, findings: [finding] }] };
}

const TITLE_FINDING = REPORT.connectors[0].findings[0];
const FILE_FINDING = REPORT.connectors[0].findings[2];

describe('sarif', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = sarifOf(REPORT);
    expect(validate(log), ajv.errorsText(validate.errors)).to.equal(true);
  });

  it('the schema check does catch a broken log', () => {
    const log = sarifOf(REPORT) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).to.equal(false);
  });

  it('is valid without a working directory, and then names no absolute path of its own', () => {
    expect(render('sarif')).to.include('"uri": "file:///work/repo/"');
    // (An ignore file outside the working directory is named by the report itself, with its absolute path.)
    const log = JSON.parse(render('sarif', { ...REPORT, unusedIgnores: undefined }, null)) as SarifLog;
    expect(validate(log), ajv.errorsText(validate.errors)).to.equal(true);
    expect(log.runs[0].originalUriBaseIds).to.equal(undefined);
    expect(JSON.stringify(log)).to.not.include('file://');
  });

  it('lists every catalog rule, and each result points at its rule by id and index', () => {
    const run = sarifOf(REPORT).runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).to.deep.equal(CATALOG.all().map((r) => r.id));
    expect(run.results).to.have.length(6);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).to.equal(result.ruleId);
  });

  it('maps severities to levels: error, warning, note', () => {
    expect(sarifOf(REPORT).runs[0].results.map((r) => r.level)).to.deep.equal(['error', 'warning', 'error', 'note', 'warning', 'note']);
  });

  it('counts suppressed findings in the run properties, never as results', () => {
    const run = sarifOf(REPORT).runs[0];
    expect(run.properties).to.deep.include({ suppressed: 1, suppressedPerConnector: { 'certified-connectors/Contoso Tasks': 1 } });
    expect(JSON.stringify(run.results)).to.not.include('legacyId');
  });

  it('marks an acknowledged breaking change as an accepted external suppression with its reason', () => {
    const result = sarifOf(REPORT).runs[0].results[5];
    const reason = REPORT.connectors[2].findings[1].acknowledged!;
    expect(result.ruleId).to.equal('breaking-operation-removed');
    expect(result.suppressions).to.deep.equal([{ kind: 'external', status: 'accepted', justification: reason }]);
    expect(result.message.text).to.match(/ Acknowledged: Never published/);
    expect(result.properties.acknowledged).to.equal(reason);
  });

  it('reports ignore-file entries that match nothing as configuration notifications, relative to the working directory', () => {
    const run = sarifOf(REPORT).runs[0];
    const notification = run.invocations![0].toolConfigurationNotifications[0];
    expect(run.invocations![0].executionSuccessful).to.equal(true);
    expect(notification.level).to.equal('warning');
    expect(notification.message.text).to.match(/^\.connector-precheck-ignore\.yaml: entry 3 /);
    expect(notification.locations[0].physicalLocation.artifactLocation).to.deep.equal({ uri: '.connector-precheck-ignore.yaml', uriBaseId: '%SRCROOT%' });
    expect(run.properties!.unusedIgnores).to.deep.equal([{ ...REPORT.unusedIgnores![0], file: '.connector-precheck-ignore.yaml' }]);
    // Without any of it, the run has neither invocations nor properties.
    const plain = sarifOf({ ...REPORT, unusedIgnores: undefined, summary: { ...REPORT.summary, suppressed: 0 }, connectors: REPORT.connectors.map((c) => ({ ...c, suppressed: undefined })) }).runs[0];
    expect(plain).to.not.have.any.keys('invocations', 'properties');
  });

  it('fingerprints survive moved lines but not a different place or rule', () => {
    const fp = (f: Finding, path?: string) => sarifOf(withFinding(f, path)).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    const base = fp(TITLE_FINDING);
    expect(base).to.match(/^[0-9a-f]{64}$/);
    expect(fp({ ...TITLE_FINDING, line: 40, column: 2, message: 'Reworded.' })).to.equal(base);
    expect(fp({ ...TITLE_FINDING, pointer: '/info/description' })).to.not.equal(base);
    expect(fp({ ...TITLE_FINDING, rule: 'swagger-title-required' })).to.not.equal(base);
    expect(fp(TITLE_FINDING, 'certified-connectors/Other')).to.not.equal(base);
    // Without a pointer (not JSON), the message stands in for it.
    expect(fp({ ...FILE_FINDING, line: 9 })).to.equal(fp(FILE_FINDING));
    expect(fp({ ...FILE_FINDING, message: 'Another file is missing.' })).to.not.equal(fp(FILE_FINDING));
  });

  it('gives a region only when the line is known, and a column only when it is known', () => {
    const region = (f: Finding) => sarifOf(withFinding(f)).runs[0].results[0].locations[0].physicalLocation.region;
    expect(region(TITLE_FINDING)).to.deep.equal({ startLine: 4, startColumn: 14 });
    expect(region({ ...TITLE_FINDING, column: undefined })).to.deep.equal({ startLine: 4 });
    expect(region(FILE_FINDING)).to.equal(undefined);
  });

  it('uses a file URI for a connector outside the working directory', () => {
    const log = sarifOf(withFinding(TITLE_FINDING, '/srv/other place/Contoso'));
    expect(validate(log), ajv.errorsText(validate.errors)).to.equal(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).to.deep.equal({
      uri: 'file:///srv/other%20place/Contoso/apiDefinition.swagger.json',
    });
  });

  it('describes a rule the catalog does not know rather than pointing at a wrong index', () => {
    const log = sarifOf(withFinding({ ...TITLE_FINDING, rule: 'not-in-catalog' }));
    expect(validate(log), ajv.errorsText(validate.errors)).to.equal(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).to.equal('not-in-catalog');
  });
});
