/**
 * Property tests of remark-redline's checkMarkdown: it never throws on generated Markdown (MDX may only fail with
 * a located MarkdownError), every finding quotes exactly its source, planted claims are found exactly where
 * they are prose and never in code, HTML, comments or URLs, and the safe fixes are idempotent.
 */
import fc from 'fast-check';
import { checkMarkdown, MarkdownError } from 'remark-redline';
import { describe, expect, it } from 'vitest';
import { markdownDocument, plantedDocument } from './arbitraries.js';
import { compiled, expectFindingsInside, expectOnlyRangesChanged, fixOnce, lineBreakKinds, RUNS } from './helpers.js';

const check = (text: string) => checkMarkdown(text, compiled);

describe('checkMarkdown on generated Markdown', () => {
  it('never throws, and every range lies inside the input with source.slice(start, end) === actual', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(markdownDocument, ({ text }) => {
        const findings = check(text);
        if (findings.length > 0) withFindings++;
        expectFindingsInside(findings, text);
      }),
      { numRuns: RUNS.markdown },
    );
    expect(withFindings).toBeGreaterThan(RUNS.markdown / 10);
  });

  it('as MDX: findings are exact, and the only failure is a located one-line MarkdownError', () => {
    fc.assert(
      fc.property(markdownDocument, ({ text }) => {
        let findings;
        try {
          findings = checkMarkdown(text, compiled, { mdx: true });
        } catch (error) {
          expect(error).toBeInstanceOf(MarkdownError);
          expect((error as MarkdownError).message).not.toContain('\n');
          expect((error as MarkdownError).line).toBeGreaterThanOrEqual(1);
          return;
        }
        expectFindingsInside(findings, text);
      }),
      { numRuns: RUNS.mdx },
    );
  });
});

describe('planted claims', () => {
  it('are found exactly where they are prose (across emphasis, links, soft breaks, in headings, lists, quotes, tables), never in code, HTML, comments or URLs', () => {
    fc.assert(
      fc.property(plantedDocument, ({ text, claims }) => {
        const findings = check(text);
        expect(findings.map((finding) => ({ ruleId: finding.ruleId, start: finding.start, end: finding.end }))).toEqual(claims);
        expectFindingsInside(findings, text);
      }),
      { numRuns: RUNS.markdownPlanted },
    );
  });
});

describe('safe fixes on Markdown', () => {
  it('applying the fixes twice equals applying them once; nothing outside a fixed range changes; BOM and CRLF survive', () => {
    let fixed = 0;
    fc.assert(
      fc.property(markdownDocument, ({ text, crlf, bom }) => {
        const once = fixOnce(text, check);
        if (once.applied.length > 0) fixed++;
        expectOnlyRangesChanged(text, once.output, once.applied);
        expect(fixOnce(once.output, check).output).toBe(once.output);
        expect(once.output.startsWith('\uFEFF')).toBe(bom);
        if (crlf) expect(lineBreakKinds(once.output).lf).toBe(0);
        for (const fix of once.applied) expect(fix.text).not.toMatch(/[\r\n]/);
      }),
      { numRuns: RUNS.markdownFix },
    );
    expect(fixed).toBeGreaterThan(RUNS.markdownFix / 20);
  });
});
