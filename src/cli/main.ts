#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { TOOL } from '../tool';
import { ConfigError } from '../config/config-error';
import { diffCommand } from './commands/diff';
import { explainCommand } from './commands/explain';
import { lintCommand } from './commands/lint';
import { rulesCommand } from './commands/rules';
import { EXIT, UsageError } from './exit';
import { outputOptions, pairOutputs, type OutputArg } from './outputs';

/** Entry point: parses arguments, runs one command, and maps every outcome to exit code 0, 1 or 2. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('connector-precheck')
    .description('Checks Power Platform custom connectors against Microsoft certification criteria, offline.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let exitCode: number = EXIT.ok;
  const outputArgs: OutputArg[] = [];
  const [formatOption, outputOption] = outputOptions(outputArgs);
  program
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
    .option('--changed-since <ref>', 'pull-request mode: lint only connectors changed since the merge base with <ref>, and check breaking changes')
    .action(async (paths: string[], options) => {
      exitCode = await lintCommand(paths, { ...options, outputs: pairOutputs(outputArgs) });
    });
  program
    .command('rules')
    .description('List every rule: id, severity, programs, validator code and what it checks.')
    .option('--json', 'print the catalog as JSON')
    .action((options) => {
      exitCode = rulesCommand(options);
    });
  program
    .command('explain')
    .description('Print the documentation of a rule, found by rule id or Microsoft validator code.')
    .argument('<id>', 'rule id (e.g. swagger-title-max-length) or validator code (e.g. FieldLengthExceeded)')
    .action((id: string) => {
      exitCode = explainCommand(id);
    });
  const diffOutputArgs: OutputArg[] = [];
  const [diffFormatOption, diffOutputOption] = outputOptions(diffOutputArgs);
  program
    .command('diff')
    .description('Report breaking changes from one version of a connector to the next (what Microsoft\'s change validator rejects).')
    .argument('<base>', 'the previous version: a connector folder or a swagger file')
    .argument('<head>', 'the new version: a connector folder or a swagger file')
    .addOption(diffFormatOption)
    .addOption(diffOutputOption)
    .option('--rule <ids...>', 'report only these breaking-change rules')
    .action(async (base: string, head: string, options: { rule?: string[] }) => {
      exitCode = await diffCommand(base, head, { rule: options.rule, outputs: pairOutputs(diffOutputArgs) });
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
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
