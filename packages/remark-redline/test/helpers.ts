import { compilePolicy, presetPolicy, type Finding } from '@redline/core';
import { checkMarkdown } from 'remark-redline';
import { expect } from 'vitest';

export const compiled = compilePolicy(presetPolicy());

/** Every finding's offsets must slice the source to exactly its `actual`, and findings come sorted by start. */
export function expectExact(source: string, findings: Finding[]): void {
  for (const finding of findings) expect(source.slice(finding.start, finding.end)).toBe(finding.actual);
  const starts = findings.map((finding) => finding.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

/** `[ruleId, actual, start]` of each finding of `checkMarkdown`, checked with `expectExact`. */
export function check(source: string, options?: { mdx?: boolean }): [string, string, number][] {
  const findings = checkMarkdown(source, compiled, options);
  expectExact(source, findings);
  return findings.map((finding) => [finding.ruleId, finding.actual, finding.start]);
}
