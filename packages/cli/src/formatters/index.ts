/** The report formats of `--format`, each a writer that streams the report as files are checked. */
import { FORMAT_NAMES, type FormatName } from '../defaults.js';
import { summaryOf, type ReportWriter, type RunReport } from '../report.js';
import { githubWriter } from './github.js';
import { jsonWriter } from './json.js';
import { sarifWriter } from './sarif.js';
import { stylishWriter } from './stylish.js';

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function createReportWriter(name: FormatName, options: { color: boolean }, write: (chunk: string) => void): ReportWriter {
  switch (name) {
    case 'json':
      return jsonWriter(write);
    case 'sarif':
      return sarifWriter(write);
    case 'github':
      return githubWriter(write);
    default:
      return stylishWriter(options, write);
  }
}

/** A whole report as one string (for API users who hold a `RunReport`). */
export function formatReport(name: FormatName, report: RunReport, options: { color: boolean } = { color: false }): string {
  let output = '';
  const writer = createReportWriter(name, options, (chunk) => {
    output += chunk;
  });
  for (const file of report.files) writer.file(file);
  writer.end(summaryOf(report));
  return output;
}

export const formatJson = (report: RunReport): string => formatReport('json', report);
export const formatSarif = (report: RunReport): string => formatReport('sarif', report);
export const formatGithub = (report: RunReport): string => formatReport('github', report);
export const formatStylish = (report: RunReport, options: { color: boolean }): string => formatReport('stylish', report, options);

export { FORMAT_NAMES, type FormatName };
