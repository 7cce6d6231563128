/**
 * One lint run over files: discovery yields paths in path order, and each file is read, checked, fixed when asked
 * and handed to `onFile` before the next is read. One at a time on purpose: checking is CPU-bound on one thread,
 * and nothing of a file (text or report) outlives its turn, so memory stays flat however large the run.
 */
import type { Finding } from '@redline/core';
import { checkSource } from './check.js';
import { discoverFiles } from './discover.js';
import { FileProblem } from './errors.js';
import type { IgnoreTree } from './ignore-files.js';
import type { PolicyChoice } from './policies.js';
import { HeapKeeper } from './memory.js';
import { LineIndex } from './positions.js';
import type { FileReport, LocatedFinding } from './report.js';
import { folderCachedDisplayPath } from './paths.js';
import { readSourceFile, type SourceText } from './source-file.js';

export { displayPath } from './paths.js';

export type FixMode = 'write' | 'dry-run' | undefined;

let fixModule: Promise<typeof import('./fix.js')> | undefined;

/** The --fix code (and node:crypto, node:fs/promises with it), loaded only when a run has something to fix. */
function loadFix(): Promise<typeof import('./fix.js')> {
  fixModule ??= import('./fix.js');
  return fixModule;
}

export interface LintFilesOptions {
  cwd: string;
  targets: string[];
  extensions: string[];
  ignore: IgnoreTree;
  policies: PolicyChoice;
  fix: FixMode;
  /** Files larger than this many bytes are refused. */
  maxFileBytes: number;
  /** Called for every file checked, clean or not, in path order; `diff` is the --fix-dry-run diff of its fixes. */
  onFile: (report: FileReport, diff: string | undefined) => void;
}

export interface LintOutcome {
  /** How many files were checked. */
  checked: number;
  /** Files or folders that could not be checked, sorted by path. */
  problems: FileProblem[];
  /** Command-line arguments that named nothing. */
  missing: { argument: string; detail: string }[];
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
    const { fixDiff, fixText } = await loadFix();
    const outcome = await fixText(source.text, findings, check);
    ({ text, findings } = outcome);
    fixed = outcome.applied;
    if (options.fix === 'dry-run' && text !== source.text) diff = await fixDiff(path, source.text, text);
  }
  const report: FileReport = { file, path, findings: locate(findings, text), fixed };
  return { report, ...(fixed > 0 ? { fixedText: (source.bom ? '\uFEFF' : '') + text } : {}), ...(diff ? { diff } : {}) };
}

const YIELD_EVERY = 32;

export async function lintFiles(options: LintFilesOptions): Promise<LintOutcome> {
  const outcome: LintOutcome = { checked: 0, problems: [], missing: [] };
  const pathOf = folderCachedDisplayPath(options.cwd);
  const files = discoverFiles(options.targets, {
    cwd: options.cwd,
    displayPath: pathOf,
    extensions: options.extensions,
    ignore: options.ignore,
    onMissing: (argument, detail) => outcome.missing.push({ argument, detail }),
  });
  const heap = new HeapKeeper();
  let sinceYield = 0;
  for (const item of files) {
    // The loop never waits on I/O, so it hands the event loop a turn now and then: V8 finishes its incremental
    // garbage collection in tasks that run there, and without them a long run's heap kept growing.
    if (++sinceYield === YIELD_EVERY) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (item.problem) {
      outcome.problems.push(item.problem);
      continue;
    }
    try {
      const path = pathOf(item.file);
      const source = readSourceFile(item.file, options.maxFileBytes, item.size);
      heap.read(source.text.length);
      const result = await checkOne(source, item.file, path, options);
      if (options.fix === 'write' && result.fixedText !== undefined) await (await loadFix()).writeFileAtomic(item.file, result.fixedText);
      outcome.checked++;
      options.onFile(result.report, result.diff);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      outcome.problems.push(error);
    }
  }
  outcome.problems.sort((a, b) => compare(a.file, b.file));
  return outcome;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
