/**
 * Table rows that cannot match are left out of the parse: which rows, and the promise that findings (offsets and
 * all) are those of parsing the whole document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, mayMatch, presetPolicy } from '@redline/core';
import { checkMarkdown, checkStats } from 'remark-redline';
import { rowsToLeaveOut } from '../src/table-rows.js';

const compiled = compilePolicy(presetPolicy());
const may = (row: string): boolean => mayMatch(row, compiled);

/** The text of each range. */
function leftOut(text: string): string[] {
  return rowsToLeaveOut(text, may).map((range) => text.slice(range.start, range.end));
}

describe('rowsToLeaveOut', () => {
  it('gives the body rows that cannot match, neighbours merged, each with its line break', () => {
    const table = '| A | B |\n| --- | :-: |\n| 1 | 2 |\n| 3 | 4 |\n| x | calls on OpenAI |\n| 5 | 6 |\n';
    expect(leftOut(table)).toEqual(['| 1 | 2 |\n| 3 | 4 |\n', '| 5 | 6 |\n']);
    expect(leftOut('| A |\n|---|\n| 1 |')).toEqual(['| 1 |']);
  });

  it('stops at the first line that does not start with "|"', () => {
    expect(leftOut('| A |\n|---|\n| 1 |\nlazy row\n| 2 |\n')).toEqual(['| 1 |\n']);
    expect(leftOut('| A |\n|---|\n| 1 |\n\n| 2 |\n')).toEqual(['| 1 |\n']);
    expect(leftOut('| A |\n|---|\n  | 1 |\n')).toEqual([]);
  });

  it('needs a header row with a pipe and a delimiter row', () => {
    expect(leftOut('A paragraph\n|---|\n| 1 |\n')).toEqual([]);
    expect(leftOut('| A |\n| not a delimiter |\n| 1 |\n')).toEqual([]);
    expect(leftOut('| A |\n')).toEqual([]);
  });
});

const filler = 'Plain filler text about dashboards and reports.\n\n'.repeat(90);

const ROWS = [
  '| 1.8.0 | [Notes](https://example.com/notes) | Breaking | `code | pipe` |',
  '| 2 | plain | cell |',
  '| x | Acme calls on OpenAI | y |',
  '| x | Acme **enables** access to [OpenAI](https://openai.com) | y |',
  '| escaped \\| pipe | sends prompts to ChatGPT |',
  '| one cell only |',
  '| a | b | c | d | extra cells |',
  '|',
  '| <b>Acme</b> invokes | OpenAI |',
  '| Open AI spelled apart | here |',
  '| the latest |',
  '| OpenAI models |',
];

const AFTER = ['', 'lazy row that calls on OpenAI\n', '\n> quote about ChatGPT\n', '\n- Acme routes requests to OpenAI\n', '  | indented row calling OpenAI |\n'];

describe('checking a document with a long table', () => {
  it('finds exactly what parsing the whole document finds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('| Col | Notes | More |\n| --- | :-- | --: |\n', '| Col |\n|---|\n', 'Col | Notes\n--- | ---\n', '| not | a | table |\n| -- | x |\n', '| Two | cells |\n| --- | --- | --- |\n', 'Acme enables access to\n| --- |\n'),
        fc.array(fc.constantFrom(...ROWS), { minLength: 1, maxLength: 25 }),
        fc.constantFrom(...AFTER),
        fc.boolean(),
        (head, rows, after, claimBefore) => {
          const before = claimBefore ? `${filler}Acme calls on OpenAI.\n\n` : filler;
          const source = `${before}${head}${rows.join('\n')}\n${after}\nThe end, with a call to ChatGPT.\n`;
          expect(checkMarkdown(source, compiled)).toEqual(checkMarkdown(source, compiled, { whole: true }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the rows that cannot match out of the parse', () => {
    const rows = Array.from({ length: 40 }, (_, index) => `| ${index} | plain row | more |`);
    rows[25] = '| 25 | Acme calls on OpenAI | more |';
    const source = `${filler}| Id | Text | More |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
    checkStats.tableRowsLeftOut = 0;
    const findings = checkMarkdown(source, compiled);
    expect(checkStats.tableRowsLeftOut).toBe(39);
    const start = source.indexOf('calls on OpenAI');
    expect(findings.map((finding) => [finding.ruleId, finding.start, finding.end])).toEqual([['no-invocation-claim', start, start + 'calls on OpenAI'.length]]);
  });
});
