/** Shared checks of the reliability suite: finding ranges, fix application, and the number of generated inputs. */
import { applyReplacements, compilePolicy, presetPolicy, type CompiledPolicy, type Finding, type Replacement } from '@redline/core';
import { expect } from 'vitest';

export const compiled = compilePolicy(presetPolicy());

/** `policy` with a pre-check that lets every text through: the matcher and the parser see everything. */
export function unfiltered(policy: CompiledPolicy): CompiledPolicy {
  return { ...policy, scanner: { mayMatch: () => true } } as unknown as CompiledPolicy;
}

/**
 * Generated inputs per property, by test file. Their sum is the suite's total per `npm test` run; the budget
 * test in core-properties.test.ts keeps it at 10,000 or more. `REDLINE_FUZZ_SCALE=10` multiplies every count
 * for a longer hunt (fast-check prints the seed of any failure; pass it back with `seed` to replay).
 */
const SCALE = Math.max(1, Number(process.env['REDLINE_FUZZ_SCALE'] ?? 1) || 1);

export const RUNS = scaled({
  coreText: 2_000,
  coreMarkdownAsText: 800,
  coreFix: 1_500,
  coreReplacements: 2_000,
  markdown: 1_100,
  mdx: 400,
  markdownPlanted: 1_200,
  markdownFix: 400,
  eslintFuzz: 800,
  eslintPlanted: 500,
  eslintFix: 300,
  cliFixFiles: 120,
  prefilterMarkdown: 1_000,
  prefilterText: 800,
});

function scaled<T extends Record<string, number>>(runs: T): T {
  return Object.fromEntries(Object.entries(runs).map(([name, count]) => [name, Math.round(count * SCALE)])) as T;
}

/** Every range a finding reports lies inside `source`, and `actual` is exactly the source text at its range. */
export function expectFindingsInside(findings: readonly Finding[], source: string): void {
  for (const finding of findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.end).toBeLessThanOrEqual(source.length);
    expect(source.slice(finding.start, finding.end)).toBe(finding.actual);
    for (const edit of [...finding.suggestions, ...(finding.fix ? [finding.fix] : [])]) {
      expect(edit.start).toBeGreaterThanOrEqual(0);
      expect(edit.end).toBeGreaterThanOrEqual(edit.start);
      expect(edit.end).toBeLessThanOrEqual(source.length);
    }
  }
}

/** The safe fixes of `findings`. */
export function fixesOf(findings: readonly Finding[]): Replacement[] {
  return findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
}

/**
 * `after` is `before` with exactly `replacements` applied (sorted, non-overlapping): every byte outside their
 * ranges is unchanged and in place.
 */
export function expectOnlyRangesChanged(before: string, after: string, replacements: readonly Replacement[]): void {
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  let expected = '';
  let cursor = 0;
  for (const { start, end, text } of sorted) {
    expect(start).toBeGreaterThanOrEqual(cursor);
    expected += before.slice(cursor, start) + text;
    cursor = end;
  }
  expect(after).toBe(expected + before.slice(cursor));
}

/** Apply the safe fixes of `check(text)` once. */
export function fixOnce(text: string, check: (text: string) => Finding[]): { output: string; applied: Replacement[] } {
  const { output, applied } = applyReplacements(text, fixesOf(check(text)));
  return { output, applied };
}

/** Line breaks of a text: how many of each kind (a fix may never turn CRLF into LF or the other way round). */
export function lineBreakKinds(text: string): { crlf: number; lf: number; cr: number } {
  const crlf = text.split('\r\n').length - 1;
  return { crlf, lf: text.split('\n').length - 1 - crlf, cr: text.split('\r').length - 1 - crlf };
}
