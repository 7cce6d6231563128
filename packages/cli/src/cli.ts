/**
 * The `redline` command: option parsing and dispatch. Every failure the user can cause ends as one line on
 * standard error and exit code 2; findings end as a report and exit code 1; a clean run exits 0.
 */
import { Command, CommanderError } from 'commander';
import { DEFAULT_EXTENSIONS, FORMAT_NAMES, version } from './defaults.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_TROUBLE, FileProblem, UsageError } from './errors.js';
import type { LintCommandOptions } from './lint-command.js';

// Everything that needs the policy engine is imported when a command runs, so `--help` and `--version` stay
// instant, and the command modules load only what they use.

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('redline')
    .description('Lint marketing copy (Markdown, MDX and text) against a partner-wording policy.')
    .argument('[paths...]', 'files, folders or globs to check (default: the current folder)')
    .option('--ext <list>', 'extensions to check in folders and globs, comma-separated', DEFAULT_EXTENSIONS.join(','))
    .option('-c, --config <file>', 'use this policy file for every file (YAML, JSON, or a JavaScript module)')
    .option('--preset <name>', 'use a built-in preset for every file (e.g. recommended)')
    .option('-f, --format <name>', `report format: ${FORMAT_NAMES.join(', ')}`, 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--fix', "apply the policy's safe fixes to the files")
    .option('--fix-dry-run', 'print the fixes as a unified diff; change nothing')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--stdin', 'check standard input instead of files')
    .option('--stdin-filename <file>', 'the file name standard input stands for (picks the policy and the syntax)')
    .option('--print-config <file>', 'print the effective policy for a file as JSON')
    .option('--color', 'colour the stylish report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .option('--max-file-size <MB>', 'refuse files larger than this many megabytes', '10')
    .version(version(), '-v, --version')
    .showHelpAfterError('(run redline --help for usage)')
    .action(async (paths: string[], options: LintCommandOptions) => {
      const { lintCommand } = await import('./lint-command.js');
      setExit(await lintCommand(paths, options));
    });

  program
    .command('init')
    .description('write a commented starter redline.config.yaml that extends redline:recommended')
    .action(async () => {
      const { runInit } = await import('./commands/init.js');
      process.stdout.write(await runInit(process.cwd()));
      setExit(EXIT_OK);
    });

  program
    .command('test-policy')
    .description("run every rule's bad and good examples; exit 1 if any misbehaves")
    .argument('[config]', 'policy file (default: the nearest config, else redline:recommended)')
    .option('--preset <name>', 'test a built-in preset')
    .action(async (config: string | undefined, options: { preset?: string }) => {
      const { runTestPolicy } = await import('./commands/test-policy.js');
      const outcome = await runTestPolicy(process.cwd(), config, options.preset);
      process.stdout.write(outcome.output);
      setExit(outcome.failed ? EXIT_PROBLEMS : EXIT_OK);
    });

  program
    .command('explain')
    .description('show what a rule flags, why, and what to write instead')
    .argument('<rule-id>', 'the rule, e.g. no-access-claim')
    .option('-c, --config <file>', 'explain the rule of this policy file')
    .option('--preset <name>', 'explain the rule of a built-in preset')
    .action(async (ruleId: string, options: { config?: string; preset?: string }) => {
      const cwd = process.cwd();
      const { PolicyChoice } = await import('./policies.js');
      const { runExplain } = await import('./commands/explain.js');
      const policies = await PolicyChoice.create({ cwd, ...options });
      process.stdout.write(runExplain(cwd, ruleId, policies));
      setExit(EXIT_OK);
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      outputError: (message, write) => write(`redline: ${message.replace(/^error: /, '')}`),
    });
  }
  return program;
}

/** Run the command line (without `node` and the script), returning the exit code. */
export async function run(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_OK : EXIT_TROUBLE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`redline: ${error.message}\n`);
      return EXIT_TROUBLE;
    }
    if (error instanceof FileProblem) {
      const { problemLine } = await import('./lint-command.js');
      process.stderr.write(`${problemLine(error, process.cwd())}\n`);
      return EXIT_TROUBLE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`redline: internal error: ${detail.split('\n')[0]} (set REDLINE_DEBUG=1 for details)\n`);
    if (process.env.REDLINE_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT_TROUBLE;
  }
}
