/**
 * The default command, `redline [paths…]`: validate the options, pick the policies, check standard input or the
 * files, print the report (or the --fix-dry-run diff) and decide the exit code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { runPrintConfig } from './commands/print-config.js';
import { parseExtensions } from './discover.js';
import { version } from './defaults.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_TROUBLE, FileProblem, UsageError } from './errors.js';
import { FORMAT_NAMES, formatReport, isFormatName, type FormatName } from './formatters/index.js';
import { IgnoreTree } from './ignore-files.js';
import { checkOne, displayPath, lintFiles, type FixMode } from './lint.js';
import { PolicyChoice } from './policies.js';
import { createProgress } from './progress.js';
import { totalCounts, type FileReport, type RunReport } from './report.js';
import { decodeSource } from './source-file.js';

export interface LintCommandOptions {
  ext: string;
  config?: string;
  preset?: string;
  format: string;
  outputFile?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  color?: boolean;
  concurrency: string;
  maxFileSize: string;
}

export function problemLine(problem: FileProblem, cwd: string): string {
  const path = problem.file === '<stdin>' ? problem.file : displayPath(cwd, problem.file);
  const where = problem.line === undefined ? path : `${path}:${problem.line}:${problem.column ?? 1}`;
  return `redline: ${where}: ${problem.detail}`;
}

function nonNegativeInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number of 0 or more, not "${value}"`);
  return Number(value);
}

function useColor(option: boolean | undefined, outputFile: string | undefined): boolean {
  if (option !== undefined) return option;
  if (outputFile !== undefined || 'NO_COLOR' in process.env) return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function validate(options: LintCommandOptions, paths: string[]): { format: FormatName; fix: FixMode; maxWarnings: number | undefined } {
  if (!isFormatName(options.format)) throw new UsageError(`unknown format "${options.format}" (formats: ${FORMAT_NAMES.join(', ')})`);
  if (options.config !== undefined && options.preset !== undefined) throw new UsageError('use either --config or --preset, not both');
  if (options.fix && options.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename only works with --stdin');
  if (options.stdin && paths.length > 0) throw new UsageError('--stdin reads standard input: give no paths with it');
  if (options.stdin && options.fix) throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to see the changes');
  const maxWarnings = options.maxWarnings === undefined ? undefined : nonNegativeInteger(options.maxWarnings, '--max-warnings');
  nonNegativeInteger(options.concurrency, '--concurrency');
  if (!/^\d+(\.\d+)?$/.test(options.maxFileSize) || Number(options.maxFileSize) <= 0) {
    throw new UsageError(`--max-file-size needs a number of megabytes above 0, not "${options.maxFileSize}"`);
  }
  return { format: options.format, fix: options.fix ? 'write' : options.fixDryRun ? 'dry-run' : undefined, maxWarnings };
}

async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function emit(text: string, outputFile: string | undefined, cwd: string): Promise<void> {
  if (outputFile === undefined) {
    process.stdout.write(text);
    return;
  }
  const target = resolve(cwd, outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new UsageError(`${outputFile}: cannot write the report: ${(error as Error).message}`);
  }
}

export async function lintCommand(paths: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const started = performance.now();
  const { format, fix, maxWarnings } = validate(options, paths);
  const policies = await PolicyChoice.create({ cwd, config: options.config, preset: options.preset });
  if (options.printConfig !== undefined) {
    await emit(runPrintConfig(cwd, options.printConfig, policies), options.outputFile, cwd);
    return EXIT_OK;
  }
  let files: FileReport[];
  let checked: number;
  let problems: FileProblem[] = [];
  let missing: { argument: string; detail: string }[] = [];
  let diffs: string[] = [];
  if (options.stdin) {
    const name = options.stdinFilename;
    const file = resolve(cwd, name ?? 'stdin.md'); // decides the policy, and Markdown versus plain text
    const path = name === undefined ? '<stdin>' : displayPath(cwd, file);
    try {
      const result = await checkOne(decodeSource(await readStandardInput(), '<stdin>'), file, path, { policies, fix });
      files = [{ ...result.report, file: name === undefined ? '<stdin>' : file }];
      checked = 1;
      if (result.diff) diffs = [result.diff];
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      files = [];
      checked = 0;
      problems = [new FileProblem(name === undefined ? '<stdin>' : file, error.detail, error.line, error.column)];
    }
  } else {
    const extensions = parseExtensions(options.ext);
    if (extensions.length === 0) throw new UsageError('--ext needs at least one extension, e.g. --ext .md,.txt');
    const progress = createProgress(process.stderr, format === 'stylish' && options.outputFile === undefined);
    try {
      ({ files, checked, problems, missing, diffs } = await lintFiles({
        cwd,
        targets: paths.length > 0 ? paths : ['.'],
        extensions,
        ignore: new IgnoreTree(cwd),
        policies,
        fix,
        concurrency: Number(options.concurrency),
        maxFileBytes: Number(options.maxFileSize) * 1024 * 1024,
        keepCleanFiles: format === 'json',
        onFileDone: (checked) => progress.update(checked),
      }));
    } finally {
      progress.stop();
    }
  }
  if (options.quiet) files = files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === 'error') }));

  for (const { argument, detail } of missing) process.stderr.write(`redline: ${argument}: ${detail}\n`);
  for (const problem of problems) process.stderr.write(`${problemLine(problem, cwd)}\n`);

  const report: RunReport = { cwd, files, checked, rules: policies.rules, elapsedMs: performance.now() - started, version: version() };
  if (fix === 'dry-run') await emit(diffs.join(''), options.outputFile, cwd);
  else await emit(formatReport(format, report, { color: useColor(options.color, options.outputFile) }), options.outputFile, cwd);

  if (missing.length > 0 || (problems.length > 0 && checked === 0)) return EXIT_TROUBLE;
  const total = totalCounts(files);
  if (maxWarnings !== undefined && total.warnings > maxWarnings) {
    process.stderr.write(`redline: too many warnings (${total.warnings}, the maximum is ${maxWarnings})\n`);
    return EXIT_PROBLEMS;
  }
  return total.errors > 0 || problems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

