/**
 * One lint run over files: discovery streams paths into a bounded pool; each worker reads one file, checks it,
 * applies fixes when asked, and keeps only the findings (with positions), never the text. Results are sorted by
 * path at the end so that every report is reproducible.
 */
import { relative, sep } from 'node:path';
import type { Finding } from '@redline/core';
import { checkSource } from './check.js';
import { discoverFiles } from './discover.js';
import { FileProblem } from './errors.js';
import { fixDiff, fixText, writeFileAtomic } from './fix.js';
import type { IgnoreTree } from './ignore-files.js';
import type { PolicyChoice } from './policies.js';
import { forEachPooled } from './pool.js';
import { LineIndex } from './positions.js';
import type { FileReport, LocatedFinding } from './report.js';
import { readSourceFile, type SourceText } from './source-file.js';

export type FixMode = 'write' | 'dry-run' | undefined;

export interface LintFilesOptions {
  cwd: string;
  targets: string[];
  extensions: string[];
  ignore: IgnoreTree;
  policies: PolicyChoice;
  fix: FixMode;
  concurrency: number;
  /** Files larger than this many bytes are refused. */
  maxFileBytes: number;
  /**
   * Keep a report for every file checked, clean or not (the JSON format lists them all). Otherwise only files
   * with findings or fixes are kept, so memory does not grow with the number of clean files.
   */
  keepCleanFiles: boolean;
  /** Called after each file, for the progress line. */
  onFileDone?: (checked: number) => void;
}

export interface LintOutcome {
  files: FileReport[];
  /** How many files were checked (`files` may leave clean ones out). */
  checked: number;
  /** Files or folders that could not be checked. */
  problems: FileProblem[];
  /** Command-line arguments that named nothing. */
  missing: { argument: string; detail: string }[];
  /** Unified diffs of --fix-dry-run, by path. */
  diffs: string[];
}

export function displayPath(cwd: string, file: string): string {
  const path = relative(cwd, file) || file;
  return sep === '/' ? path : path.split(sep).join('/');
}

export function locate(findings: readonly Finding[], text: string): LocatedFinding[] {
  if (findings.length === 0) return [];
  const index = new LineIndex(text);
  return findings.map((finding) => {
    const start = index.position(finding.start);
    const end = index.position(finding.end);
    const located: LocatedFinding = { ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    if (finding.fix) {
      const fixStart = index.position(finding.fix.start);
      const fixEnd = index.position(finding.fix.end);
      located.fixRegion = { line: fixStart.line, column: fixStart.column, endLine: fixEnd.line, endColumn: fixEnd.column };
    }
    return located;
  });
}

/** Check one text (a file's or standard input's); `file` decides the policy and Markdown versus plain text. */
export async function checkOne(
  source: SourceText,
  file: string,
  path: string,
  options: { policies: PolicyChoice; fix: FixMode },
): Promise<{ report: FileReport; fixedText?: string; diff?: string }> {
  const compiled = options.policies.compiledFor(file);
  const check = (text: string): Promise<Finding[]> => checkSource(text, file, compiled);
  let findings = await check(source.text);
  let text = source.text;
  let fixed = 0;
  let diff: string | undefined;
  if (options.fix && findings.some((finding) => finding.fix)) {
    const outcome = await fixText(source.text, findings, check);
    ({ text, findings } = outcome);
    fixed = outcome.applied;
    if (options.fix === 'dry-run' && text !== source.text) diff = await fixDiff(path, source.text, text);
  }
  const report: FileReport = { file, path, findings: locate(findings, text), fixed };
  return { report, ...(fixed > 0 ? { fixedText: (source.bom ? '\uFEFF' : '') + text } : {}), ...(diff ? { diff } : {}) };
}

export async function lintFiles(options: LintFilesOptions): Promise<LintOutcome> {
  const outcome: LintOutcome = { files: [], checked: 0, problems: [], missing: [], diffs: [] };
  const diffs = new Map<string, string>();
  const stream = discoverFiles(options.targets, {
    cwd: options.cwd,
    extensions: options.extensions,
    ignore: options.ignore,
    onMissing: (argument, detail) => outcome.missing.push({ argument, detail }),
  });
  await forEachPooled(stream, options.concurrency, async (item) => {
    if (item.problem) {
      outcome.problems.push(item.problem);
      return;
    }
    try {
      const path = displayPath(options.cwd, item.file);
      const source = await readSourceFile(item.file, options.maxFileBytes);
      const result = await checkOne(source, item.file, path, options);
      if (options.fix === 'write' && result.fixedText !== undefined) await writeFileAtomic(item.file, result.fixedText);
      if (result.diff) diffs.set(path, result.diff);
      outcome.checked++;
      if (options.keepCleanFiles || result.report.findings.length > 0 || result.report.fixed > 0) outcome.files.push(result.report);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      outcome.problems.push(error);
    }
    options.onFileDone?.(outcome.checked);
  });
  outcome.files.sort((a, b) => compare(a.path, b.path));
  outcome.problems.sort((a, b) => compare(a.file, b.file));
  outcome.diffs = [...diffs.keys()].sort(compare).map((path) => diffs.get(path) as string);
  return outcome;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
