/**
 * The default command, `redline [paths…]`: validate the options, pick the policies, check standard input or the
 * files, print the report (or the --fix-dry-run diff) and decide the exit code.
 */
import { resolve } from 'node:path';
import { parseExtensions } from './discover.js';
import { version } from './defaults.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_TROUBLE, FileProblem, UsageError } from './errors.js';
import { createReportWriter, FORMAT_NAMES, isFormatName, type FormatName } from './formatters/index.js';
import { IgnoreTree } from './ignore-files.js';
import { checkOne, displayPath, lintFiles, type FixMode } from './lint.js';
import { PolicyChoice } from './policies.js';
import { ReportOutput } from './output.js';
import { createProgress, type Progress } from './progress.js';
import { Tally, type FileReport } from './report.js';
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

export async function lintCommand(paths: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  // Date.now, not performance.now: the global `performance` loads perf_hooks on first use, for a figure in ms.
  const started = Date.now();
  const { format, fix, maxWarnings } = validate(options, paths);
  const policies = await PolicyChoice.create({ cwd, config: options.config, preset: options.preset });
  const progress = createProgress(process.stderr, format === 'stylish' && options.outputFile === undefined && !options.stdin && options.printConfig === undefined);
  const output = options.outputFile === undefined ? ReportOutput.standardOutput(() => progress.clear()) : ReportOutput.file(options.outputFile, cwd);
  try {
    const code = await run(paths, options, { cwd, started, format, fix, maxWarnings, policies, output, progress });
    progress.stop();
    output.close();
    return code;
  } catch (error) {
    progress.stop();
    output.discard();
    throw error;
  }
}

interface RunSettings {
  cwd: string;
  started: number;
  format: FormatName;
  fix: FixMode;
  maxWarnings: number | undefined;
  policies: PolicyChoice;
  output: ReportOutput;
  progress: Progress;
}

/** Check standard input as the file --stdin-filename names (a Markdown file by default). */
async function checkStandardInput(
  cwd: string,
  name: string | undefined,
  options: { policies: PolicyChoice; fix: FixMode },
  onFile: (report: FileReport, diff: string | undefined) => void,
): Promise<{ checked: number; problems: FileProblem[] }> {
  const file = resolve(cwd, name ?? 'stdin.md'); // decides the policy, and Markdown versus plain text
  const path = name === undefined ? '<stdin>' : displayPath(cwd, file);
  try {
    const result = await checkOne(decodeSource(await readStandardInput(), '<stdin>'), file, path, options);
    onFile({ ...result.report, file: name === undefined ? '<stdin>' : file }, result.diff);
    return { checked: 1, problems: [] };
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return { checked: 0, problems: [new FileProblem(name === undefined ? '<stdin>' : file, error.detail, error.line, error.column)] };
  }
}

async function run(paths: string[], options: LintCommandOptions, settings: RunSettings): Promise<number> {
  const { cwd, format, fix, maxWarnings, policies, output, progress } = settings;
  if (options.printConfig !== undefined) {
    const { runPrintConfig } = await import('./commands/print-config.js');
    output.write(runPrintConfig(cwd, options.printConfig, policies));
    return EXIT_OK;
  }
  // The report is written as files are checked; --fix-dry-run writes its diffs instead.
  const writer = createReportWriter(format, { color: useColor(options.color, options.outputFile) }, fix === 'dry-run' ? () => undefined : output.write);
  const tally = new Tally();
  const onFile = (report: FileReport, diff: string | undefined): void => {
    const shown = options.quiet ? { ...report, findings: report.findings.filter((finding) => finding.severity === 'error') } : report;
    tally.add(shown);
    writer.file(shown);
    if (diff) output.write(diff);
    progress.update(tally.checked);
  };
  let checked: number;
  let problems: FileProblem[];
  let missing: { argument: string; detail: string }[] = [];
  if (options.stdin) {
    ({ checked, problems } = await checkStandardInput(cwd, options.stdinFilename, { policies, fix }, onFile));
  } else {
    const extensions = parseExtensions(options.ext);
    if (extensions.length === 0) throw new UsageError('--ext needs at least one extension, e.g. --ext .md,.txt');
    ({ checked, problems, missing } = await lintFiles({
      cwd,
      targets: paths.length > 0 ? paths : ['.'],
      extensions,
      ignore: new IgnoreTree(cwd),
      policies,
      fix,
      maxFileBytes: Number(options.maxFileSize) * 1024 * 1024,
      onFile,
    }));
  }

  for (const { argument, detail } of missing) process.stderr.write(`redline: ${argument}: ${detail}\n`);
  for (const problem of problems) process.stderr.write(`${problemLine(problem, cwd)}\n`);
  writer.end({
    cwd,
    checked,
    rules: policies.rules,
    elapsedMs: Date.now() - settings.started,
    version: version(),
    counts: tally.counts,
    fixedProblems: tally.fixedProblems,
    fixedFiles: tally.fixedFiles,
  });

  if (missing.length > 0 || (problems.length > 0 && checked === 0)) return EXIT_TROUBLE;
  const total = tally.counts;
  if (maxWarnings !== undefined && total.warnings > maxWarnings) {
    process.stderr.write(`redline: too many warnings (${total.warnings}, the maximum is ${maxWarnings})\n`);
    return EXIT_PROBLEMS;
  }
  return total.errors > 0 || problems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
