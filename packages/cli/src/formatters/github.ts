/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub turns into annotations on
 * the pull request's changed lines. Escaping follows the runner: `%`, CR and LF everywhere, and `:` and `,` in
 * properties as well.
 */
import type { FileReport, ReportWriter } from '../report.js';

export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function fileCommands(file: FileReport): string {
  let output = '';
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
  return output;
}

export function githubWriter(write: (chunk: string) => void): ReportWriter {
  return {
    file: (report) => {
      if (report.findings.length > 0) write(fileCommands(report));
    },
    end: () => undefined,
  };
}
