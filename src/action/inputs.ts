import * as fs from 'node:fs';
import { UsageError } from '../cli/exit';
import { isProgram, type Program } from '../model/program';

/**
 * The inputs of the GitHub Action (action.yml declares the same names and defaults; test/action checks that they
 * agree). An input left empty takes its default, as the runner does for one left out.
 */
export const INPUT_DEFAULTS = {
  paths: '.',
  program: 'auto',
  'changed-since': '',
  'fail-on': 'error',
  'sarif-file': '',
  config: '',
  concurrency: '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;
export type FailOn = 'error' | 'warning' | 'never';

/** `changed-since: none` lints every connector under `paths`, even on a pull request. */
export const CHANGED_SINCE_NONE = 'none';

export interface ActionInputs {
  paths: string[];
  program?: Program;
  /** The ref pull-request mode compares with, and where it came from (for the log); undefined: lint everything. */
  changedSince?: { ref: string; source: string };
  failOn: FailOn;
  sarifFile?: string;
  configFile?: string;
  concurrency?: number;
}

/** An input as the runner passes it: `INPUT_<NAME>`, upper case, spaces as underscores, hyphens kept; trimmed. */
export function getInput(env: NodeJS.ProcessEnv, name: InputName): string {
  const value = (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  return value === '' ? INPUT_DEFAULTS[name] : value;
}

/** Reads and checks every input; a bad value is a UsageError naming the input. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = getInput(env, 'paths')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  const program = getInput(env, 'program');
  if (program !== 'auto' && !isProgram(program)) throw new UsageError(`Input "program" must be auto, verified or independent, not "${program}".`);

  const failOn = getInput(env, 'fail-on');
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`Input "fail-on" must be error, warning or never, not "${failOn}".`);
  }

  const concurrencyText = getInput(env, 'concurrency');
  const concurrency = concurrencyText === '' ? undefined : Number(concurrencyText);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new UsageError(`Input "concurrency" must be a whole number of at least 1, not "${concurrencyText}".`);
  }

  const changedSinceText = getInput(env, 'changed-since');
  let changedSince: ActionInputs['changedSince'];
  if (changedSinceText === CHANGED_SINCE_NONE) changedSince = undefined;
  else if (changedSinceText !== '') changedSince = { ref: changedSinceText, source: 'input changed-since' };
  else changedSince = pullRequestBase(env);

  const sarifFile = getInput(env, 'sarif-file');
  const configFile = getInput(env, 'config');
  return {
    paths,
    program: program === 'auto' ? undefined : program,
    changedSince,
    failOn,
    concurrency,
    ...(sarifFile !== '' ? { sarifFile } : {}),
    ...(configFile !== '' ? { configFile } : {}),
  };
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/**
 * On pull-request events, the pull request's base: the base commit from the event payload, else the remote branch
 * named by GITHUB_BASE_REF. Nothing is fetched: the checkout must hold the base's history (fetch-depth: 0).
 * Undefined on other events.
 */
export function pullRequestBase(env: NodeJS.ProcessEnv): ActionInputs['changedSince'] {
  if (!PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const sha = readEvent(env.GITHUB_EVENT_PATH)?.pull_request?.base?.sha;
  if (typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) return { ref: sha, source: 'the pull request base' };
  const branch = env.GITHUB_BASE_REF?.trim();
  if (branch) return { ref: `origin/${branch}`, source: 'the pull request base branch' };
  throw new UsageError(
    `On a ${env.GITHUB_EVENT_NAME} event the base of the pull request comes from the event payload or GITHUB_BASE_REF, and neither is set; set the input changed-since (or changed-since: ${CHANGED_SINCE_NONE} to lint every connector).`,
  );
}

interface PullRequestEvent {
  pull_request?: { base?: { sha?: unknown } };
}

function readEvent(file: string | undefined): PullRequestEvent | undefined {
  if (!file) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return event !== null && typeof event === 'object' ? (event as PullRequestEvent) : undefined;
  } catch {
    return undefined;
  }
}
