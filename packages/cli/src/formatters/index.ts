/** The report formats of `--format`. */
import { FORMAT_NAMES, type FormatName } from '../defaults.js';
import type { RunReport } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function formatReport(name: FormatName, report: RunReport, options: { color: boolean }): string {
  switch (name) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    default:
      return formatStylish(report, options);
  }
}

export { FORMAT_NAMES, formatGithub, formatJson, formatSarif, formatStylish, type FormatName };
