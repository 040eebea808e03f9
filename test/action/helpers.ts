import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
/** The committed bundle (action.yml `runs.main`). */
export const ACTION_BUNDLE = path.join(ROOT, 'action/dist/index.js');

let installed: string | undefined;

/**
 * The committed action as the runner gets it: the repository's files without node_modules, in a folder of its own
 * (here action.yml, package.json and action/dist, copied under os.tmpdir()), so that the bundle cannot fall back on
 * this repository's node_modules. Returns the path of its index.js.
 */
export function installedAction(): string {
  if (!installed) {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cp-installed-action-')));
    for (const file of ['action.yml', 'package.json']) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    fs.cpSync(path.join(ROOT, 'action/dist'), path.join(dir, 'action/dist'), { recursive: true });
    installed = path.join(dir, 'action/dist/index.js');
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return installed;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the action appended to $GITHUB_STEP_SUMMARY. */
  summary: string;
  /** The outputs it set through $GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Where the fake runner files live (summary, outputs, event payload); a good place for the SARIF file. */
  runnerTemp: string;
}

export interface RunnerEnvironment {
  /** Action inputs by their action.yml name; passed as INPUT_<NAME> the way the runner does. */
  inputs?: Record<string, string>;
  eventName?: string;
  /** The event payload, written to a file named by GITHUB_EVENT_PATH. */
  event?: unknown;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs the committed action bundle (installedAction) in a child process (argument list, no shell, no NODE_PATH) with a
 * fake runner environment: the
 * workspace as working directory, INPUT_* variables, and GITHUB_STEP_SUMMARY / GITHUB_OUTPUT / GITHUB_EVENT_PATH
 * pointing at files in a temporary folder outside the workspace. Variables of the real runner, if the tests run in
 * one, are left out.
 */
export function runActionBundle(workspace: string, runner: RunnerEnvironment = {}): Promise<ActionRun> {
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-runner-'));
  const summaryFile = path.join(runnerTemp, 'step_summary.md');
  const outputFile = path.join(runnerTemp, 'output.txt');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|NODE_PATH$|NODE_OPTIONS$)/i.test(name)) env[name] = value;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: runner.eventName ?? 'push',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
  });
  if (runner.event !== undefined) {
    env.GITHUB_EVENT_PATH = path.join(runnerTemp, 'event.json');
    fs.writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(runner.event));
  }
  for (const [name, value] of Object.entries(runner.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, runner.env);

  return new Promise((resolve, reject) => {
    execFile(process.execPath, [installedAction()], { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({
        code: error ? (error.code as number) : 0,
        stdout,
        stderr,
        summary: fs.readFileSync(summaryFile, 'utf8'),
        outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
        runnerTemp,
      });
    });
  });
}

/**
 * Reads a $GITHUB_OUTPUT file written in the multi-line form only (`name<<delimiter`, value lines, delimiter), as the
 * action writes it; anything else in the file fails the test.
 */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const head = /^([A-Za-z0-9_-]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i]);
    if (!head) throw new Error(`Unexpected line in GITHUB_OUTPUT: ${JSON.stringify(lines[i])}`);
    const end = lines.indexOf(head[2], i + 1);
    if (end < 0) throw new Error(`Output ${head[1]} has no closing delimiter.`);
    outputs[head[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
