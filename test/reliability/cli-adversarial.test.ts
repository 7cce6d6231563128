/**
 * The adversarial inputs of adversarial.test.ts through the built CLI: 1 MB of repeated near-matches, a
 * 1 M-character line, 100,000 entity mentions. The engine's counters (read by preload/stats.mjs at exit) grow
 * ten-fold for ten times the input, and the findings are exact.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runWithStats } from './cli-helpers.js';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

interface JsonReport {
  messages: { ruleId: string; line: number; column: number; endColumn: number }[];
}

/** Run the CLI on one file holding `text`; the steps and the JSON report. */
function lint(name: string, text: string) {
  const root = makeTree();
  writeFileSync(join(root, name), text);
  const result = runWithStats(['-f', 'json', name], { cwd: root });
  expect(result.stderr).toBe('');
  return { ...result, report: JSON.parse(result.stdout) as JsonReport[] };
}

function expectLinear(small: number, large: number): void {
  expect(small).toBeGreaterThan(0);
  expect(large / small).toBeGreaterThan(9);
  expect(large / small).toBeLessThan(11);
}

describe('the CLI on adversarial input: work linear in the size', () => {
  it('1 MB of repeated near-matches (Markdown) ending in one claim', () => {
    const unit = 'Acme gives your whole team direct fast access for ChatGPT, then calls the sales desk on ';
    const small = lint('near.md', repeatTo(unit, 100_000) + 'OpenAI.\n');
    const large = lint('near.md', repeatTo(unit, 1_000_000) + 'OpenAI.\n');
    expectLinear(small.stats.steps, large.stats.steps);
    // Only the last "calls the sales desk on OpenAI" has the partner within reach.
    const messages = large.report[0]?.messages ?? [];
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['no-invocation-claim', 1]]);
    expect(large.code).toBe(1);
  });

  it('a 1 M-character line dense with claims (Markdown)', () => {
    const unit = 'enables access to OpenAI and ';
    const small = lint('line.md', repeatTo(unit, 100_000));
    const large = lint('line.md', repeatTo(unit, 1_000_000));
    expectLinear(small.stats.steps, large.stats.steps);
    const messages = large.report[0]?.messages ?? [];
    const count = Math.ceil(1_000_000 / unit.length);
    expect(messages).toHaveLength(count);
    expect(messages.at(-1)).toMatchObject({ ruleId: 'no-access-claim', line: 1, column: 1 + (count - 1) * unit.length });
  });

  it('100,000 entity mentions (Markdown), every fifth misspelled', () => {
    const unit = 'OpenAI ChatGPT GPT-4o Open AI DALL·E ';
    const small = lint('mentions.md', unit.repeat(2_000));
    const large = lint('mentions.md', unit.repeat(20_000));
    expectLinear(small.stats.steps, large.stats.steps);
    const messages = large.report[0]?.messages ?? [];
    expect(messages).toHaveLength(20_000);
    expect(messages.every((message) => message.ruleId === 'entity-spelling' && message.endColumn - message.column === 'Open AI'.length)).toBe(true);
  });
});
