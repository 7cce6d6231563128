/**
 * ESLint's JSON formatter shape, so tools that read `eslint -f json` read redline's output unchanged:
 * severity 1 (warn) or 2 (error), 1-based columns, exclusive ends, fixes as `{ range: [start, end], text }`
 * with offsets into the text after any byte order mark (as ESLint counts them).
 */
import { countFindings, type FileReport, type LocatedFinding, type ReportWriter } from '../report.js';

interface EslintFix {
  range: [number, number];
  text: string;
}

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: EslintFix;
  suggestions?: { desc: string; fix: EslintFix }[];
}

function toMessage(finding: LocatedFinding): EslintMessage {
  const message: EslintMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
  if (finding.fix) message.fix = { range: [finding.fix.start, finding.fix.end], text: finding.fix.text };
  if (finding.suggestions.length > 0) {
    message.suggestions = finding.suggestions.map((suggestion) => ({
      desc: `Replace with “${suggestion.text}”.`,
      fix: { range: [suggestion.start, suggestion.end], text: suggestion.text },
    }));
  }
  return message;
}

function result(file: FileReport) {
  const counts = countFindings(file.findings);
  return {
    filePath: file.file,
    messages: file.findings.map(toMessage),
    suppressedMessages: [],
    errorCount: counts.errors,
    fatalErrorCount: 0,
    warningCount: counts.warnings,
    fixableErrorCount: counts.fixableErrors,
    fixableWarningCount: counts.fixableWarnings,
    usedDeprecatedRules: [],
  };
}

/** One array entry per file checked, written as each file is done: the bytes of `JSON.stringify` of the array. */
export function jsonWriter(write: (chunk: string) => void): ReportWriter {
  let first = true;
  return {
    file: (report) => {
      write((first ? '[' : ',') + JSON.stringify(result(report)));
      first = false;
    },
    end: () => write(first ? '[]\n' : ']\n'),
  };
}
