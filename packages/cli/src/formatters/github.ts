/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub turns into annotations on
 * the pull request's changed lines. Escaping follows the runner: `%`, CR and LF everywhere, and `:` and `,` in
 * properties as well.
 */
import type { RunReport } from '../report.js';

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function formatGithub(report: RunReport): string {
  let output = '';
  for (const file of report.files) {
    for (const finding of file.findings) {
      const command = finding.severity === 'error' ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`redline ${finding.ruleId}`)}`,
      ];
      output += `::${command} ${properties.join(',')}::${escapeData(finding.message)}\n`;
    }
  }
  return output;
}
