#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../tool';
import { ConfigError } from '../config/config-error';
import { EXIT, UsageError } from './exit';
import { outputOptions, pairOutputs, type OutputArg } from './outputs';

/* eslint-disable @typescript-eslint/no-require-imports */
/** Each command's module is loaded only when it runs: a one-connector lint then starts without loading the rules. */
const commands = {
  lint: () => require('./commands/lint') as typeof import('./commands/lint'),
  rules: () => require('./commands/rules') as typeof import('./commands/rules'),
  explain: () => require('./commands/explain') as typeof import('./commands/explain'),
  diff: () => require('./commands/diff') as typeof import('./commands/diff'),
  merge: () => require('./commands/merge') as typeof import('./commands/merge'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Entry point: parses arguments, runs one command, and maps every outcome to exit code 0, 1 or 2. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('connector-precheck')
    .description('Checks Power Platform custom connectors against Microsoft certification criteria, offline.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let exitCode: number = EXIT.ok;
  /** The options every command that prints a report takes: what a reader sees, never the exit code. */
  const displayOptions = (command: Command) =>
    command
      .option('--max-problems <n>', 'list at most n findings per connector, the most severe first, in stylish, markdown and html (counts and exit code unchanged)')
      .option('--quiet', 'list errors only in stylish, markdown, html, github and azure-pipelines (counts and exit code unchanged)');
  const outputArgs: OutputArg[] = [];
  const [formatOption, outputOption] = outputOptions(outputArgs);
  const lint = program
    .command('lint')
    .description('Lint connector folders (a connector folder, a folder above many, or globs).')
    .argument('[paths...]', 'connector folders, parent folders or globs', ['.'])
    .addOption(formatOption)
    .addOption(outputOption)
    .addOption(new Option('--program <program>', 'certification program, instead of detecting it from the folder').choices(['verified', 'independent']))
    .option('--rule <ids...>', 'run only these rules')
    .option('--concurrency <n>', 'connectors linted at once (default: one per CPU core)')
    .option('--timeout <seconds>', 'time limit per connector; a connector over it is reported (default: 60)')
    .option('--shard <i/n>', 'lint only part i of n of the connectors (stable split, for CI matrices)')
    .option('-c, --config <file>', 'configuration file for every connector (default: the nearest .connector-precheck.yaml above each)')
    .option('--no-config', 'use no configuration or ignore file')
    .option('--changed-since <ref>', 'pull-request mode: lint only connectors changed since the merge base with <ref>, and check breaking changes');
  displayOptions(lint).action(async (paths: string[], options) => {
    exitCode = await commands.lint().lintCommand(paths, { ...options, outputs: pairOutputs(outputArgs) });
  });
  program
    .command('rules')
    .description('List every rule: id, severity, programs, validator code and what it checks.')
    .option('--json', 'print the catalog as JSON')
    .addOption(new Option('--program <program>', 'only the rules that apply to this certification program').choices(['verified', 'independent']))
    .action((options) => {
      exitCode = commands.rules().rulesCommand(options);
    });
  program
    .command('explain')
    .description('Print what a rule checks and its documentation, found by rule id, Microsoft validator code, or a pasted validator message.')
    .argument('<id...>', 'rule id (swagger-title-max-length), validator code (FieldLengthExceeded), or a validator message pasted whole, in quotes')
    .action((words: string[]) => {
      exitCode = commands.explain().explainCommand(words.join(' '));
    });
  const diffOutputArgs: OutputArg[] = [];
  const [diffFormatOption, diffOutputOption] = outputOptions(diffOutputArgs);
  const diff = program
    .command('diff')
    .description('Report breaking changes from one version of a connector to the next (what Microsoft\'s change validator rejects).')
    .argument('<base>', 'the previous version: a connector folder or a swagger file')
    .argument('<head>', 'the new version: a connector folder or a swagger file')
    .addOption(diffFormatOption)
    .addOption(diffOutputOption)
    .option('--rule <ids...>', 'report only these breaking-change rules')
    .option('-c, --config <file>', 'configuration file (default: the nearest .connector-precheck.yaml above the head folder)')
    .option('--no-config', 'use no configuration or ignore file');
  displayOptions(diff).action(async (base: string, head: string, options: { rule?: string[]; maxProblems?: string; quiet?: boolean; config?: string | boolean }) => {
    exitCode = await commands.diff().diffCommand(base, head, { ...options, outputs: pairOutputs(diffOutputArgs) });
  });
  const mergeOutputArgs: OutputArg[] = [];
  const [mergeFormatOption, mergeOutputOption] = outputOptions(mergeOutputArgs);
  const merge = program
    .command('merge')
    .description('Combine the JSON reports of CI shards (lint --shard i/n -f json -o part-i.json) into one report, in any format.')
    .argument('<json-reports...>', 'JSON reports written by lint --format json')
    .addOption(mergeFormatOption)
    .addOption(mergeOutputOption);
  displayOptions(merge).action((files: string[], options: { maxProblems?: string; quiet?: boolean }) => {
    exitCode = commands.merge().mergeCommand(files, { ...options, outputs: pairOutputs(mergeOutputArgs) });
  });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`connector-precheck: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`connector-precheck: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

if (require.main === module) {
  // A reader that stops early (`connector-precheck rules | head`) closes the pipe: not an error of ours. The run
  // finishes and exits with its own code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
