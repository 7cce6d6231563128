/**
 * Property tests of the engine (@redline/core): checkText never throws on any text, every finding points at
 * exactly its words, and the safe fixes are idempotent and touch nothing but their own range.
 */
import { applyReplacements, checkText, type Replacement } from '@redline/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownDocument, plainText } from './arbitraries.js';
import { compiled, expectFindingsInside, expectOnlyRangesChanged, fixOnce, lineBreakKinds, RUNS } from './helpers.js';

const check = (text: string) => checkText(text, compiled);

describe('checkText on generated text', () => {
  it('never throws, and every range lies inside the input with source.slice(start, end) === actual', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(plainText, (text) => {
        const findings = check(text);
        if (findings.length > 0) withFindings++;
        expectFindingsInside(findings, text);
      }),
      { numRuns: RUNS.coreText },
    );
    // The generator reaches the matcher, not only the pre-check.
    expect(withFindings).toBeGreaterThan(RUNS.coreText / 10);
  });

  it('does the same on Markdown read as plain text (markup, CRLF, BOM, long lines)', () => {
    fc.assert(
      fc.property(markdownDocument, ({ text }) => {
        expectFindingsInside(check(text), text);
      }),
      { numRuns: RUNS.coreMarkdownAsText },
    );
  });

  it('on arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', ' enables access to Open AI', ' Chat GPT '), (noise, phrase) => {
        const text = noise + phrase + noise;
        expectFindingsInside(check(text), text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('safe fixes (core applyReplacements)', () => {
  it('applying the fixes twice equals applying them once; nothing outside a fixed range changes; BOM and line-break kinds survive', () => {
    let fixed = 0;
    fc.assert(
      fc.property(plainText, (text) => {
        const once = fixOnce(text, check);
        if (once.applied.length > 0) fixed++;
        expectOnlyRangesChanged(text, once.output, once.applied);
        expect(fixOnce(once.output, check).output).toBe(once.output);
        for (const fix of once.applied) expect(fix.text).not.toMatch(/[\r\n]/);
        expect(once.output.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        const before = lineBreakKinds(text);
        const after = lineBreakKinds(once.output);
        // A fix may join "Open\r\nAI" into "OpenAI" (its own range), but never converts one kind into another.
        expect(after.crlf).toBeLessThanOrEqual(before.crlf);
        expect(after.lf).toBeLessThanOrEqual(before.lf);
        expect(after.cr).toBeLessThanOrEqual(before.cr);
      }),
      { numRuns: RUNS.coreFix },
    );
    expect(fixed).toBeGreaterThan(RUNS.coreFix / 20);
  });

  const replacement = (length: number) =>
    fc
      .tuple(fc.nat({ max: length + 2 }), fc.nat({ max: 6 }), fc.string({ maxLength: 4 }))
      .map(([start, width, text]): Replacement => ({ start, end: start + width, text }));

  it('applies sorted, non-overlapping, in-range replacements and changes no other byte', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), fc.array(replacement(text.length), { maxLength: 6 }))),
        ([text, replacements]) => {
          const { output, applied, skipped } = applyReplacements(text, replacements);
          expect(applied.length + skipped.length).toBe(replacements.length);
          for (const edit of applied) expect(edit.end).toBeLessThanOrEqual(text.length);
          for (let index = 1; index < applied.length; index++) {
            expect(applied[index]!.start).toBeGreaterThanOrEqual(applied[index - 1]!.end);
          }
          expectOnlyRangesChanged(text, output, applied);
          // Every skipped edit falls outside the text or starts inside an applied one.
          for (const edit of skipped) {
            const outside = edit.end > text.length || edit.end < edit.start;
            expect(outside || applied.some((taken) => taken.start <= edit.start && edit.start < taken.end)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS.coreReplacements },
    );
  });
});

describe('the suite generates enough inputs', () => {
  it('at least 10,000 per run, summed over the property tests', () => {
    const total = Object.values(RUNS).reduce((sum, runs) => sum + runs, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
