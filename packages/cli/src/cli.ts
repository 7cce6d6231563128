/**
 * The `redline` command: option parsing and dispatch. Every failure the user can cause ends as one line on
 * standard error and exit code 2; findings end as a report and exit code 1; a clean run exits 0.
 *
 * Options are read by Node's own `util.parseArgs`: the command line is small (one command, three subcommands,
 * flat options), and loading a parser package cost ~18 ms of every run, a twentieth of a pre-commit hook's time.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_EXTENSIONS, FORMAT_NAMES, version } from './defaults.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_TROUBLE, FileProblem, UsageError } from './errors.js';
import type { LintCommandOptions } from './lint-command.js';

// Everything that needs the policy engine is imported when a command runs, so `--help` and `--version` stay
// instant, and the command modules load only what they use.

type OptionSpec = { type: 'string' | 'boolean'; short?: string; default?: string; value?: string; help: string; negated?: string };

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'display help for command' };

interface CommandSpec {
  usage: string;
  description: string;
  arguments: { name: string; required: boolean; help: string }[];
  options: Record<string, OptionSpec>;
}

const LINT: CommandSpec = {
  usage: 'redline [options] [command] [paths...]',
  description: 'Lint marketing copy (Markdown, MDX and text) against a partner-wording policy.',
  arguments: [{ name: 'paths', required: false, help: 'files, folders or globs to check (default: the current folder)' }],
  options: {
    ext: { type: 'string', value: 'list', default: DEFAULT_EXTENSIONS.join(','), help: 'extensions to check in folders and globs, comma-separated' },
    config: { type: 'string', short: 'c', value: 'file', help: 'use this policy file for every file (YAML, JSON, or a JavaScript module)' },
    preset: { type: 'string', value: 'name', help: 'use a built-in preset for every file (e.g. recommended)' },
    format: { type: 'string', short: 'f', value: 'name', default: 'stylish', help: `report format: ${FORMAT_NAMES.join(', ')}` },
    'output-file': { type: 'string', short: 'o', value: 'file', help: 'write the report to a file instead of standard output' },
    fix: { type: 'boolean', help: "apply the policy's safe fixes to the files" },
    'fix-dry-run': { type: 'boolean', help: 'print the fixes as a unified diff; change nothing' },
    'max-warnings': { type: 'string', value: 'n', help: 'exit with 1 when there are more warnings than this' },
    quiet: { type: 'boolean', help: 'report errors only' },
    stdin: { type: 'boolean', help: 'check standard input instead of files' },
    'stdin-filename': { type: 'string', value: 'file', help: 'the file name standard input stands for (picks the policy and the syntax)' },
    'print-config': { type: 'string', value: 'file', help: 'print the effective policy for a file as JSON' },
    color: { type: 'boolean', help: 'colour the stylish report even when not on a terminal', negated: 'never colour the report' },
    'max-file-size': { type: 'string', value: 'MB', default: '10', help: 'refuse files larger than this many megabytes' },
    version: { type: 'boolean', short: 'v', help: 'output the version number' },
    help: HELP_OPTION,
  },
};

const SUBCOMMANDS: Record<string, CommandSpec> = {
  init: {
    usage: 'redline init [options]',
    description: 'write a commented starter redline.config.yaml that extends redline:recommended',
    arguments: [],
    options: { help: HELP_OPTION },
  },
  'test-policy': {
    usage: 'redline test-policy [options] [config]',
    description: "run every rule's bad and good examples; exit 1 if any misbehaves",
    arguments: [{ name: 'config', required: false, help: 'policy file (default: the nearest config, else redline:recommended)' }],
    options: { preset: { type: 'string', value: 'name', help: 'test a built-in preset' }, help: HELP_OPTION },
  },
  explain: {
    usage: 'redline explain [options] <rule-id>',
    description: 'show what a rule flags, why, and what to write instead',
    arguments: [{ name: 'rule-id', required: true, help: 'the rule, e.g. no-access-claim' }],
    options: {
      config: { type: 'string', short: 'c', value: 'file', help: 'explain the rule of this policy file' },
      preset: { type: 'string', value: 'name', help: 'explain the rule of a built-in preset' },
      help: HELP_OPTION,
    },
  },
};

/** An option as help and error messages name it: `-f, --format <name>`. */
function optionLabel(name: string, spec: OptionSpec): string {
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` <${spec.value}>` : ''}`;
}

function helpText(spec: CommandSpec, isMain: boolean): string {
  const rows = (pairs: [string, string][]): string[] => {
    const width = Math.max(...pairs.map(([label]) => label.length)) + 2;
    return pairs.map(([label, text]) => `  ${label.padEnd(width)}${text}`);
  };
  const options: [string, string][] = [];
  for (const [name, option] of Object.entries(spec.options)) {
    options.push([optionLabel(name, option), option.default === undefined ? option.help : `${option.help} (default: "${option.default}")`]);
    if (option.negated) options.push([`--no-${name}`, option.negated]);
  }
  const lines = [`Usage: ${spec.usage}`, '', spec.description];
  if (spec.arguments.length > 0) lines.push('', 'Arguments:', ...rows(spec.arguments.map((argument) => [argument.name, argument.help])));
  lines.push('', 'Options:', ...rows(options));
  if (isMain) lines.push('', 'Commands:', ...rows(Object.values(SUBCOMMANDS).map((command) => [command.usage.replace(/^redline /, ''), command.description])));
  return `${lines.join('\n')}\n`;
}

/** A usage error worded as before (commander's wording), followed by a pointer to --help. */
class ArgumentsError extends Error {}

/** Parse `args` for `spec`: its options (camel-cased) and its positional arguments, or an ArgumentsError. */
function parse(spec: CommandSpec, args: string[]): { options: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; default?: string }> = {};
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.default !== undefined ? { default: option.default } : {}) };
  }
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, allowNegative: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new ArgumentsError(describeParseError(spec, error as Error & { code?: string }));
  }
  const camel: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) camel[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  return { options: camel, positionals: parsed.positionals };
}

/** parseArgs' message, in the wording redline has always used. */
function describeParseError(spec: CommandSpec, error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${quoted}'`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([a-z-]+)/.exec(quoted)?.[1] ?? '';
    const option = spec.options[name];
    if (option?.type === 'boolean') return `option '${optionLabel(name, option)}' takes no value`;
    return option ? `option '${optionLabel(name, option)}' argument missing` : error.message;
  }
  return error.message;
}

/** The subcommand's arguments, checked against its declared ones. */
function checkArity(name: string, spec: CommandSpec, positionals: string[]): void {
  const required = spec.arguments.filter((argument) => argument.required);
  if (positionals.length < required.length) throw new ArgumentsError(`missing required argument '${(required[positionals.length] as { name: string }).name}'`);
  if (positionals.length > spec.arguments.length) {
    const expected = spec.arguments.length;
    throw new ArgumentsError(`too many arguments for '${name}'. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${positionals.length}.`);
  }
}

async function dispatch(argv: string[]): Promise<number> {
  const name = argv[0];
  const subcommand = name === undefined ? undefined : SUBCOMMANDS[name];
  if (name !== undefined && subcommand) {
    const { options, positionals } = parse(subcommand, argv.slice(1));
    if (options.help) {
      process.stdout.write(helpText(subcommand, false));
      return EXIT_OK;
    }
    checkArity(name, subcommand, positionals);
    return runSubcommand(name, options, positionals);
  }
  const { options, positionals } = parse(LINT, argv);
  if (options.help) {
    process.stdout.write(helpText(LINT, true));
    return EXIT_OK;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  const { lintCommand } = await import('./lint-command.js');
  return lintCommand(positionals, options as unknown as LintCommandOptions);
}

async function runSubcommand(name: string, options: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const cwd = process.cwd();
  const preset = options.preset as string | undefined;
  if (name === 'init') {
    const { runInit } = await import('./commands/init.js');
    process.stdout.write(await runInit(cwd));
    return EXIT_OK;
  }
  if (name === 'test-policy') {
    const { runTestPolicy } = await import('./commands/test-policy.js');
    const outcome = await runTestPolicy(cwd, positionals[0], preset);
    process.stdout.write(outcome.output);
    return outcome.failed ? EXIT_PROBLEMS : EXIT_OK;
  }
  const { PolicyChoice } = await import('./policies.js');
  const { runExplain } = await import('./commands/explain.js');
  const policies = await PolicyChoice.create({ cwd, config: options.config as string | undefined, preset });
  process.stdout.write(runExplain(cwd, positionals[0] as string, policies));
  return EXIT_OK;
}

/** Run the command line (without `node` and the script), returning the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof ArgumentsError) {
      process.stderr.write(`redline: ${error.message}\n(run redline --help for usage)\n`);
      return EXIT_TROUBLE;
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
