import { describe, expect, it } from 'vitest';
import { checkText, compilePolicy, matchStats, presetPolicy } from '@redline/core';

const compiled = compilePolicy(presetPolicy());

/** Matcher steps spent on `text`. */
function stepsFor(text: string): number {
  matchStats.steps = 0;
  checkText(text, compiled);
  return matchStats.steps;
}

describe('matching work grows linearly with the input', () => {
  it.each([
    ['near-matches with gaps', 'enables your whole sales team fast access for ChatGPT, '],
    ['entity mentions', 'OpenAI ChatGPT GPT-4o OpenAI’s Open AI '],
    ['calls without an entity in reach', 'calls on one two three four five six OpenAI. '],
  ])('%s', (_, unit) => {
    const small = stepsFor(unit.repeat(1_000));
    const large = stepsFor(unit.repeat(10_000));
    expect(small).toBeGreaterThan(0);
    // Ten times the input: ten times the work, give or take the fixed cost of a sentence.
    expect(large / small).toBeGreaterThan(9);
    expect(large / small).toBeLessThan(11);
  });

  it('finishes a 1 MB run of repeated near-matches and 100,000 entity mentions', () => {
    const nearMatches = 'Acme gives your team direct ';
    const text = nearMatches.repeat(Math.ceil(1_000_000 / nearMatches.length)) + 'access to OpenAI.';
    const findings = checkText(text, compiled);
    expect(findings.map((finding) => finding.actual)).toEqual(['gives your team direct access to OpenAI']);
    const mentions = 'OpenAI '.repeat(100_000);
    expect(checkText(mentions, compiled)).toEqual([]);
  });
});
