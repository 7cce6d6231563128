/**
 * SARIF 2.1.0 for code-scanning tools (GitHub's upload-sarif among them). Locations are relative to the folder
 * redline ran in (`%SRCROOT%`), columns are UTF-16 code units (declared through `columnKind`), and every rule
 * of the policies used is listed with its reason as help text and its documentation as help URI.
 */
import { pathToFileURL } from 'node:url';
import type { CompiledRule } from '@redline/core';
import type { FileReport, LocatedFinding, Region, ReportWriter, RunSummary } from '../report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/redline-lint/redline';

function level(severity: 'warn' | 'error'): 'warning' | 'error' {
  return severity === 'error' ? 'error' : 'warning';
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (match ? match[0] : text).trim();
}

function ruleDescriptor(rule: CompiledRule) {
  const summary = rule.reason ? firstSentence(rule.reason) : `Partner-wording rule ${rule.id}.`;
  const lines = [rule.reason ?? summary];
  if (rule.prefer.length > 0) lines.push(`Preferred wording: ${rule.prefer.map((prefer) => `“${prefer}”`).join(', ')}.`);
  if (rule.source) lines.push(`Source: ${rule.source.replace(/\.$/, '')}.`);
  lines.push(`Run \`redline explain ${rule.id}\` for examples.`);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: summary },
    fullDescription: { text: rule.reason ?? summary },
    help: { text: lines.join('\n'), markdown: lines.join('\n\n') },
    helpUri: rule.url,
    defaultConfiguration: { level: level(rule.severity) },
  };
}

function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(at: Region) {
  return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

function result(file: FileReport, finding: LocatedFinding, ruleIndex: number) {
  const artifactLocation = { uri: artifactUri(file.path), uriBaseId: '%SRCROOT%' };
  const entry: Record<string, unknown> = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(finding) } }],
  };
  if (finding.fix) {
    entry.fixes = [
      {
        description: { text: `Replace “${finding.actual}” with “${finding.fix.text}”.` },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region(finding.fixRegion ?? finding), insertedContent: { text: finding.fix.text } }] }],
      },
    ];
  }
  return entry;
}

function sarifLog(summary: RunSummary, files: readonly FileReport[]) {
  const rules = [...summary.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = files.flatMap((file) => file.findings.map((finding) => result(file, finding, indexOf.get(finding.ruleId) ?? -1)));
  const root = pathToFileURL(summary.cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'redline', version: summary.version, semanticVersion: summary.version, informationUri: INFORMATION_URI, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** SARIF is one JSON document: the files with findings are kept (clean files are not) and written at the end. */
export function sarifWriter(write: (chunk: string) => void): ReportWriter {
  const files: FileReport[] = [];
  return {
    file: (report) => {
      if (report.findings.length > 0) files.push(report);
    },
    end: (summary) => write(`${JSON.stringify(sarifLog(summary, files), null, 2)}\n`),
  };
}
