/** @redline/cli: the `redline` command. The programmatic surface is the formatters and `run`. */
export { run } from './cli.js';
export { FORMAT_NAMES, formatGithub, formatJson, formatReport, formatSarif, formatStylish, type FormatName } from './formatters/index.js';
export type { FileReport, LocatedFinding, RunReport } from './report.js';
