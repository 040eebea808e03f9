/**
 * The GitHub Action (action.yml, bundled to action/dist/index.js by `npm run build:action`). It lints, prints the
 * `github` annotations, appends the `markdown` report to $GITHUB_STEP_SUMMARY, writes SARIF when asked, and sets its
 * outputs. It uses only workflow commands on standard output, the files the runner or the inputs name, and its exit
 * code: no token and no API call, so it works the same on pull requests from forks.
 *
 * The lint worker threads load this same bundle (action/dist/worker.js requires index.js), so the worker module is
 * imported here and the action itself runs only on the main thread.
 */
import '../engine/worker';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Catalog } from '../catalog';
import { EXIT, UsageError } from '../cli/exit';
import { ConfigError } from '../config/config-error';
import { MissingInputError } from '../engine/discover';
import { runLint } from '../engine/run';
import { GitError } from '../git';
import type { Report } from '../model/report';
import { PULL_REQUEST_PATH } from '../pull-request/pull-request';
import { REPORTERS } from '../reporters';
import { escapeData } from '../reporters/github';
import { readInputs, type FailOn } from './inputs';

export type ActionResult = 'pass' | 'pass-with-warnings' | 'fail';

/** Runs the action with the runner's environment; returns the exit code (0 pass, 1 fail-on met, 2 usage error). */
export async function runAction(env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  try {
    const inputs = readInputs(env);
    if (inputs.changedSince) console.log(`Linting the connectors changed since ${inputs.changedSince.ref} (${inputs.changedSince.source}).`);
    const report = await runLint(inputs.paths, {
      cwd,
      program: inputs.program,
      concurrency: inputs.concurrency,
      configFile: inputs.configFile === undefined ? undefined : path.resolve(cwd, inputs.configFile),
      changedSince: inputs.changedSince?.ref,
    });
    const context = { catalog: new Catalog(), color: false, cwd };
    process.stdout.write(REPORTERS.github(report, context));
    if (env.GITHUB_STEP_SUMMARY) appendTo(env.GITHUB_STEP_SUMMARY, REPORTERS.markdown(report, context), 'the job summary');
    const sarifFile = inputs.sarifFile === undefined ? '' : path.resolve(cwd, inputs.sarifFile);
    if (sarifFile) writeTo(sarifFile, REPORTERS.sarif(report, context), 'input sarif-file');

    const result = resultOf(report);
    if (env.GITHUB_OUTPUT) {
      setOutputs(env.GITHUB_OUTPUT, {
        result,
        errors: String(report.summary.errors),
        warnings: String(report.summary.warnings),
        connectors: String(report.connectors.filter((c) => c.path !== PULL_REQUEST_PATH).length),
        'sarif-file': sarifFile,
      });
    }
    if (!meetsFailOn(report, inputs.failOn)) return EXIT.ok;
    console.log(`Failing the step: fail-on is "${inputs.failOn}" and the result is ${result}.`);
    return EXIT.findings;
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError || error instanceof MissingInputError || error instanceof GitError;
    const message = known ? (error as Error).message : `internal error: ${(error as Error)?.stack ?? String(error)}`;
    process.stdout.write(`::error title=connector-precheck::${escapeData(`connector-precheck: ${message}`)}\n`);
    return EXIT.usage;
  }
}

/** `fail` when a connector fails (has an error), `pass-with-warnings` when there are warnings, else `pass`. */
export function resultOf(report: Report): ActionResult {
  if (report.summary.failed > 0 || report.summary.errors > 0) return 'fail';
  return report.summary.warnings > 0 ? 'pass-with-warnings' : 'pass';
}

function meetsFailOn(report: Report, failOn: FailOn): boolean {
  const result = resultOf(report);
  if (failOn === 'error') return result === 'fail';
  if (failOn === 'warning') return result !== 'pass';
  return false;
}

/**
 * Appends outputs to the $GITHUB_OUTPUT file in the multi-line form (`name<<delimiter`, value, delimiter), with a
 * random delimiter, so no value can end its own entry or set another output.
 */
function setOutputs(file: string, outputs: Record<string, string>): void {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
  }
  appendTo(file, text, 'the step outputs (GITHUB_OUTPUT)');
}

function appendTo(file: string, text: string, what: string): void {
  try {
    fs.appendFileSync(file, text);
  } catch (error) {
    throw new UsageError(`Cannot write ${what} to ${file}: ${(error as Error).message}`);
  }
}

function writeTo(file: string, text: string, what: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`Cannot write ${what} to ${file}: ${(error as Error).message}`);
  }
}

if (isMainThread) {
  void runAction(process.env, process.cwd()).then((code) => {
    process.exitCode = code;
  });
}
