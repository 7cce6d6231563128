/**
 * The default report for people: findings grouped by file as `line:col  severity  message  rule-id`, each
 * followed by its suggested rewrites and safe fix, then one summary line (files, errors, warnings, time).
 */
import { createColors } from 'picocolors';
import { plural, type FileReport, type ReportWriter, type RunSummary } from '../report.js';

export interface StylishOptions {
  color: boolean;
}

type Colors = ReturnType<typeof createColors>;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function fileBlock(file: FileReport, c: Colors): string {
  const rows = file.findings.map((finding) => ({
    finding,
    position: `${finding.line}:${finding.column}`,
    severity: finding.severity === 'error' ? 'error' : 'warning',
  }));
  const positionWidth = Math.max(...rows.map((row) => row.position.length));
  const severityWidth = Math.max(...rows.map((row) => row.severity.length));
  let output = `${c.underline(file.path)}\n`;
  for (const { finding, position, severity } of rows) {
    const paint = finding.severity === 'error' ? c.red : c.yellow;
    const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
    output += `  ${c.dim(position.padEnd(positionWidth))}  ${paint(severity)}${' '.repeat(severityWidth - severity.length)}  ${finding.message}  ${c.dim(finding.ruleId)}\n`;
    // A suggestion that is exactly the safe fix is shown once, as the fix.
    const suggestions = finding.suggestions.filter((suggestion) => !(finding.fix && suggestion.text === finding.fix.text && suggestion.start === finding.fix.start && suggestion.end === finding.fix.end));
    if (suggestions.length > 0) {
      output += `${indent}${c.dim('suggestions:')} ${suggestions.map((suggestion) => c.green(`“${suggestion.text}”`)).join(', ')}\n`;
    }
    // The matched source may span a line break ("Open⏎AI"): shown on one line, as the message quotes it.
    if (finding.fix) output += `${indent}${c.dim('fix:')} “${oneLine(finding.actual)}” → ${c.green(`“${finding.fix.text}”`)} ${c.dim('(redline --fix)')}\n`;
  }
  return `${output}\n`;
}

export function stylishWriter(options: StylishOptions, write: (chunk: string) => void): ReportWriter {
  const c = createColors(options.color);
  return {
    file: (report) => {
      if (report.findings.length > 0) write(fileBlock(report, c));
    },
    end: (summary) => write(summaryLine(summary, c)),
  };
}

function summaryLine(summary: RunSummary, c: Colors): string {
  const total = summary.counts;
  const fixed = summary.fixedProblems;
  const time = `(${(summary.elapsedMs / 1000).toFixed(2)} s)`;
  const files = `${plural(summary.checked, 'file')} checked`;
  let line: string;
  if (total.errors + total.warnings === 0) {
    line = `${c.green('✔')} no problems in ${files} ${time}\n`;
  } else {
    const paint = total.errors > 0 ? c.red : c.yellow;
    const problems = plural(total.errors + total.warnings, 'problem');
    line = `${paint(c.bold(`✖ ${problems} (${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')})`))} in ${files} ${time}\n`;
    const fixable = total.fixableErrors + total.fixableWarnings;
    if (fixable > 0) line += `  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.\n`;
  }
  if (fixed > 0) {
    line = `${c.green('✔')} fixed ${plural(fixed, 'problem')} in ${plural(summary.fixedFiles, 'file')}\n${line}`;
  }
  return line;
}
