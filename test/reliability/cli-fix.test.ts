/**
 * `redline --fix` on generated files in a temp folder: the written bytes are exactly the safe fixes the engine
 * reports (nothing else changes, BOM and CRLF included), and a second --fix changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyReplacements, checkText, type Finding } from '@redline/core';
import fc from 'fast-check';
import { checkMarkdown } from 'remark-redline';
import { describe, expect, it } from 'vitest';
import { markdownDocument, plainText } from './arbitraries.js';
import { makeTree, runCli } from './cli-helpers.js';
import { compiled, expectOnlyRangesChanged, fixesOf, RUNS } from './helpers.js';

/** What --fix must write: the safe fixes applied until none is left, on the text after the BOM. */
function expectedFix(content: string, markdown: boolean): string {
  const bom = content.startsWith('\uFEFF') ? '\uFEFF' : '';
  const check = (text: string): Finding[] => (markdown ? checkMarkdown(text, compiled) : checkText(text, compiled));
  let text = content.slice(bom.length);
  for (let pass = 0; pass < 10; pass++) {
    const { output, applied } = applyReplacements(text, fixesOf(check(text)));
    if (applied.length === 0 || output === text) break;
    if (pass === 0) expectOnlyRangesChanged(text, output, applied);
    text = output;
  }
  return bom + text;
}

const BATCHES = 2;
const file = fc.oneof(
  markdownDocument.map(({ text }) => ({ text, markdown: true })),
  plainText.map((text) => ({ text, markdown: false })),
);

describe('redline --fix on generated files', () => {
  it('writes exactly the engine’s safe fixes, byte for byte, and a second run changes nothing', () => {
    let fixedFiles = 0;
    fc.assert(
      fc.property(fc.array(file, { minLength: RUNS.cliFixFiles / BATCHES, maxLength: RUNS.cliFixFiles / BATCHES }), (files) => {
        const root = makeTree();
        const names = files.map((item, index) => `f${index}.${item.markdown ? 'md' : 'txt'}`);
        files.forEach((item, index) => writeFileSync(join(root, names[index] as string), item.text));
        const first = runCli(['--fix', '-f', 'json', '.'], { cwd: root });
        expect(first.stderr).toBe('');
        expect([0, 1]).toContain(first.code);
        const afterFirst = names.map((name) => readFileSync(join(root, name), 'utf8'));
        files.forEach((item, index) => {
          expect(afterFirst[index]).toBe(expectedFix(item.text, item.markdown));
          if (afterFirst[index] !== item.text) fixedFiles++;
        });
        const second = runCli(['--fix', '-f', 'json', '.'], { cwd: root });
        expect(second.code).toBe(first.code);
        expect(names.map((name) => readFileSync(join(root, name), 'utf8'))).toEqual(afterFirst);
        // Nothing left to fix: the JSON report of the second run has no fixable finding.
        const report = JSON.parse(second.stdout) as { fixableErrorCount: number; fixableWarningCount: number }[];
        expect(report.reduce((sum, entry) => sum + entry.fixableErrorCount + entry.fixableWarningCount, 0)).toBe(0);
      }),
      { numRuns: BATCHES, endOnFailure: true },
    );
    expect(fixedFiles).toBeGreaterThan(RUNS.cliFixFiles / 20);
  });
});
