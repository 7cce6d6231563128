/**
 * Property tests of eslint-plugin-redline through ESLint's own Linter: on generated programs (every container
 * kind, random escapes, entities and line continuations, CRLF, BOM, JS and TSX parsers) the rule never throws,
 * every report lies inside a container it may lint, planted claims are reported exactly where they were written
 * (and never in code or, by default, comments), and autofix is idempotent and changes only the fixed ranges.
 */
import { applyReplacements } from '@redline/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzProgram, misspelledProgram, plantedProgram, type Program } from './code-arbitraries.js';
import { lintProgram, offsetOf, ruleIdOf, verifyAndFixProgram } from './eslint-helpers.js';
import { RUNS } from './helpers.js';

/** Source offsets `[from, to)` of every redline report, in ESLint's BOM-less text. */
function reportRanges(program: Program) {
  const { messages, text } = lintProgram(program);
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => {
    expect(message.ruleId).toBe('redline/phrasing');
    const from = offsetOf(text, message.line, message.column);
    const to = offsetOf(text, message.endLine ?? message.line, message.endColumn ?? message.column);
    return { ruleId: ruleIdOf(message.message), from, to, fix: message.fix };
  });
}

describe('the ESLint rule on generated programs', () => {
  it('never throws; every report lies inside a string, template, JSX or (when enabled) comment it may lint', () => {
    let reported = 0;
    fc.assert(
      fc.property(fuzzProgram, (program) => {
        const ranges = reportRanges(program);
        reported += ranges.length;
        for (const { from, to } of ranges) {
          expect(to).toBeGreaterThan(from);
          const container = program.containers.find((item) => item.from <= from && to <= item.to);
          expect(container, `report [${from}, ${to}) outside every container`).toBeDefined();
          expect(container?.copy).toBe(true);
        }
      }),
      { numRuns: RUNS.eslintFuzz },
    );
    expect(reported).toBeGreaterThan(RUNS.eslintFuzz / 5);
  });

  it('reports planted claims exactly at their escaped source characters, and never in code (or comments, unless enabled)', () => {
    fc.assert(
      fc.property(plantedProgram, (program) => {
        const found = reportRanges(program).map(({ ruleId, from, to }) => ({ ruleId, from, to }));
        const expected = program.claims.filter((claim) => claim.copy).map(({ ruleId, from, to }) => ({ ruleId, from, to }));
        expect(found).toEqual(expected);
      }),
      { numRuns: RUNS.eslintPlanted },
    );
  });
});

describe('ESLint autofix (Linter.verifyAndFix)', () => {
  it('applying the fixes twice equals once; only the fixed ranges change; BOM and line endings survive', () => {
    let fixedPrograms = 0;
    fc.assert(
      fc.property(misspelledProgram, (program) => {
        const fixes = reportRanges(program).flatMap(({ fix }) => (fix ? [{ start: fix.range[0], end: fix.range[1], text: fix.text }] : []));
        const once = verifyAndFixProgram(program, program.code);
        if (once.fixed) fixedPrograms++;
        const bomless = program.bom ? program.code.slice(1) : program.code;
        // Every fix lies inside a container, and the result is exactly the source with those fixes applied.
        for (const fix of fixes) expect(program.containers.some((item) => item.copy && item.from <= fix.start && fix.end <= item.to)).toBe(true);
        expect(once.output).toBe((program.bom ? '\uFEFF' : '') + applyReplacements(bomless, fixes).output);
        const twice = verifyAndFixProgram(program, once.output);
        expect(twice.fixed).toBe(false);
        expect(twice.output).toBe(once.output);
        expect(twice.messages.filter((message) => message.fatal)).toEqual([]);
        expect(once.output.startsWith('\uFEFF')).toBe(program.bom);
        if (program.crlf) expect(once.output.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
      }),
      { numRuns: RUNS.eslintFix },
    );
    expect(fixedPrograms).toBeGreaterThan(RUNS.eslintFix / 4);
  });
});
