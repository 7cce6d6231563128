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

export function totalCounts(files: readonly FileReport[]): Counts {
  const total: Counts = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const file of files) {
    const counts = countFindings(file.findings);
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    total.fixableErrors += counts.fixableErrors;
    total.fixableWarnings += counts.fixableWarnings;
  }
  return total;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
