/** What a run found, in the shape every formatter reads. */
import type { CompiledRule, Finding } from '@redline/core';

/** A finding with 1-based positions (columns in UTF-16 code units, `endColumn` exclusive, as in ESLint). */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where the safe fix applies, when there is one. */
  fixRegion?: Region;
}

export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport {
  /** Absolute path (`<stdin>` or the --stdin-filename for standard input). */
  file: string;
  /** Path relative to the current folder, with `/` separators, for people and CI annotations. */
  path: string;
  findings: LocatedFinding[];
  /** How many safe fixes --fix (or --fix-dry-run) applied. */
  fixed: number;
}

export interface RunReport {
  cwd: string;
  /** Reports of the files with findings or fixes (of every file checked, for the JSON format). */
  files: FileReport[];
  /** How many files were checked. */
  checked: number;
  /** Every rule of every policy used, by id (for SARIF's rule list). */
  rules: Map<string, CompiledRule>;
  elapsedMs: number;
  version: string;
}

/** What a formatter needs once every file has been reported. */
export interface RunSummary {
  cwd: string;
  /** How many files were checked. */
  checked: number;
  /** Every rule of every policy used, by id (for SARIF's rule list). */
  rules: Map<string, CompiledRule>;
  elapsedMs: number;
  version: string;
  counts: Counts;
  /** Safe fixes applied by --fix, and in how many files. */
  fixedProblems: number;
  fixedFiles: number;
}

/**
 * A report written as the run goes: `file` for each file checked, in path order (clean ones too), then `end`
 * once. Nothing needs to hold the reports of all files, so memory does not grow with the size of the run.
 */
export interface ReportWriter {
  file(report: FileReport): void;
  end(summary: RunSummary): void;
}

/** Running totals of a run, from the file reports as they come. */
export class Tally {
  readonly counts: Counts = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  checked = 0;
  fixedProblems = 0;
  fixedFiles = 0;

  add(report: FileReport): void {
    const counts = countFindings(report.findings);
    this.checked++;
    this.counts.errors += counts.errors;
    this.counts.warnings += counts.warnings;
    this.counts.fixableErrors += counts.fixableErrors;
    this.counts.fixableWarnings += counts.fixableWarnings;
    this.fixedProblems += report.fixed;
    if (report.fixed > 0) this.fixedFiles++;
  }
}

/** The summary of a report held whole (the string formatters of the API). */
export function summaryOf(report: RunReport): RunSummary {
  const tally = new Tally();
  for (const file of report.files) tally.add(file);
  const { cwd, checked, rules, elapsedMs, version } = report;
  return { cwd, checked, rules, elapsedMs, version, counts: tally.counts, fixedProblems: tally.fixedProblems, fixedFiles: tally.fixedFiles };
}

export interface Counts {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') {
      counts.errors++;
      if (finding.fix) counts.fixableErrors++;
    } else {
      counts.warnings++;
      if (finding.fix) counts.fixableWarnings++;
    }
  }
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
