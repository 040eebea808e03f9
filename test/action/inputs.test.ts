import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getInput, pullRequestBase, readInputs } from '../../src/action/inputs';
import { UsageError } from '../../src/cli/exit';

const SHA = 'a'.repeat(40);

describe('GitHub Action inputs', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-inputs-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function event(payload: unknown): string {
    const file = path.join(dir, 'event.json');
    fs.writeFileSync(file, JSON.stringify(payload));
    return file;
  }

  it('reads INPUT_<NAME> as the runner sets it (upper case, hyphens kept), trimmed, empty meaning the default', () => {
    expect(getInput({ 'INPUT_FAIL-ON': ' warning \n' }, 'fail-on')).to.equal('warning');
    expect(getInput({ INPUT_FAIL_ON: 'warning' }, 'fail-on')).to.equal('error');
    expect(getInput({ INPUT_PATHS: '  ' }, 'paths')).to.equal('.');
    expect(readInputs({})).to.deep.equal({ paths: ['.'], program: undefined, changedSince: undefined, failOn: 'error', concurrency: undefined });
  });

  it('takes one path per line, keeping spaces inside folder names', () => {
    const inputs = readInputs({ INPUT_PATHS: 'certified-connectors/Contoso Tasks\r\n\n  independent-publisher-connectors/*  \n' });
    expect(inputs.paths).to.deep.equal(['certified-connectors/Contoso Tasks', 'independent-publisher-connectors/*']);
  });

  it('on pull-request events compares with the payload base commit, else origin/<GITHUB_BASE_REF>; elsewhere lints everything', () => {
    const payload = event({ pull_request: { base: { sha: SHA, ref: 'dev' } } });
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payload, GITHUB_BASE_REF: 'dev' })).to.deep.equal({ ref: SHA, source: 'the pull request base' });
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: payload })?.ref).to.equal(SHA);
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path.join(dir, 'missing.json'), GITHUB_BASE_REF: 'dev' })?.ref).to.equal('origin/dev');
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event({ pull_request: { base: { sha: '--output=x' } } }), GITHUB_BASE_REF: 'dev' })?.ref).to.equal('origin/dev');
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: payload, GITHUB_BASE_REF: 'dev' })).to.equal(undefined);
    expect(() => pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request' })).to.throw(UsageError, 'changed-since');
  });

  it('lets changed-since name a ref, or none to lint every connector of a pull request', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event({ pull_request: { base: { sha: SHA } } }) };
    expect(readInputs(env).changedSince?.ref).to.equal(SHA);
    expect(readInputs({ ...env, 'INPUT_CHANGED-SINCE': 'origin/dev' }).changedSince).to.deep.equal({ ref: 'origin/dev', source: 'input changed-since' });
    expect(readInputs({ ...env, 'INPUT_CHANGED-SINCE': 'none' }).changedSince).to.equal(undefined);
  });

  it('rejects values it does not know, naming the input', () => {
    expect(() => readInputs({ INPUT_PROGRAM: 'custom' })).to.throw(UsageError, 'Input "program"');
    expect(() => readInputs({ 'INPUT_FAIL-ON': 'errors' })).to.throw(UsageError, 'Input "fail-on"');
    expect(() => readInputs({ INPUT_CONCURRENCY: '0' })).to.throw(UsageError, 'Input "concurrency"');
    expect(() => readInputs({ INPUT_CONCURRENCY: '1.5' })).to.throw(UsageError, 'Input "concurrency"');
    expect(readInputs({ INPUT_CONCURRENCY: '3', INPUT_PROGRAM: 'verified', 'INPUT_SARIF-FILE': 'out.sarif', INPUT_CONFIG: 'ci.yaml' })).to.include({
      concurrency: 3,
      program: 'verified',
      sarifFile: 'out.sarif',
      configFile: 'ci.yaml',
    });
  });
});
