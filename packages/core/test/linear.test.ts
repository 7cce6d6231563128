import { describe, expect, it } from 'vitest';
import { checkText, compilePolicy, matchStats, presetPolicy, type CompiledPolicy } from '@redline/core';

const compiled = compilePolicy(presetPolicy());
/** The preset with a pre-check that lets every text through, so that the matcher sees it all. */
const unfiltered = { ...compiled, scanner: { mayMatch: () => true } } as unknown as CompiledPolicy;

/** Matcher steps spent on `text`. */
function stepsFor(text: string, policy = unfiltered): number {
  matchStats.steps = 0;
  checkText(text, policy);
  return matchStats.steps;
}

/** Steps of the pre-check's loose matching near names spent on `text`. */
function nearbyStepsFor(text: string): number {
  matchStats.nearbySteps = 0;
  checkText(text, compiled);
  return matchStats.nearbySteps;
}

/** Ten times the input: ten times the work, give or take the fixed cost of a sentence. */
function expectTenfold(small: number, large: number): void {
  expect(small).toBeGreaterThan(0);
  expect(large / small).toBeGreaterThan(9);
  expect(large / small).toBeLessThan(11);
}

describe('matching work grows linearly with the input', () => {
  it.each([
    ['near-matches with gaps', 'enables your whole sales team fast access for ChatGPT, '],
    ['entity mentions', 'OpenAI ChatGPT GPT-4o OpenAI’s Open AI '],
    ['calls without an entity in reach', 'calls on one two three four five six OpenAI. '],
  ])('%s', (_, unit) => {
    expectTenfold(stepsFor(unit.repeat(1_000)), stepsFor(unit.repeat(10_000)));
  });

  it.each([
    ['near-matches with gaps', 'enables your whole sales team fast access for ChatGPT, '],
    ['calls without an entity in reach', 'calls on one two three four five six OpenAI. '],
  ])('%s: the pre-check rejects them in linear work, before any matcher step', (_, unit) => {
    expectTenfold(nearbyStepsFor(unit.repeat(1_000)), nearbyStepsFor(unit.repeat(10_000)));
    expect(stepsFor(unit.repeat(10_000), compiled)).toBe(0);
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
