/**
 * Adversarial input through the engine and the Markdown adapter: 1 MB of repeated near-matches, a 1 M-character
 * line, 100,000 entity mentions, a long sentence dense with findings. The work (core's `matchStats.steps`,
 * remark-redline's `checkStats`) must grow linearly with the input: ten times the input, about ten times the
 * steps. No wall-clock assertion: the counters are the measure. (The CLI gets the same inputs in
 * cli-adversarial.test.ts.)
 */
import { checkText, matchStats } from '@redline/core';
import { checkMarkdown, checkStats } from 'remark-redline';
import { describe, expect, it } from 'vitest';
import { compiled, unfiltered } from './helpers.js';

function stepsOf(run: () => unknown): number {
  matchStats.steps = 0;
  run();
  return matchStats.steps;
}

/** The steps of the pre-check's loose matching near names (nearby.ts). */
function nearbyStepsOf(run: () => unknown): number {
  matchStats.nearbySteps = 0;
  run();
  return matchStats.nearbySteps;
}

/** Ten times the input costs between 9 and 11 times the steps (fixed costs per document are tiny). */
function expectLinear(small: number, large: number): void {
  expect(small).toBeGreaterThan(0);
  expect(large / small).toBeGreaterThan(9);
  expect(large / small).toBeLessThan(11);
}

/** `unit` repeated to about `size` characters. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const NEAR_MATCHES = 'Acme gives your whole team direct fast access for ChatGPT, then calls the sales desk on ';
const DENSE_CLAIMS = 'enables access to OpenAI and ';
const MENTIONS = 'OpenAI ChatGPT GPT-4o Open AI DALL·E ';

describe('checkText: work linear in the input', () => {
  it('quoting findings in one long sentence stays linear (5,000 → 50,000 misspellings)', () => {
    // Each finding's quoted words were once gathered by scanning the sentence's leaves from its first one.
    const small = 'Open AI '.repeat(5_000);
    const large = 'Open AI '.repeat(50_000);
    expectLinear(stepsOf(() => checkText(small, compiled)), stepsOf(() => checkText(large, compiled)));
  });

  it('1 MB of repeated near-matches (gaps, entities out of reach): 100 KB → 1 MB, 10× the steps, in the pre-check and in the matcher', () => {
    const small = repeatTo(NEAR_MATCHES, 100_000);
    const large = repeatTo(NEAR_MATCHES, 1_000_000);
    // The pre-check's loose match near the names rejects them, in linear work, before any matcher step.
    expectLinear(
      nearbyStepsOf(() => expect(stepsOf(() => checkText(small, compiled))).toBe(0)),
      nearbyStepsOf(() => expect(stepsOf(() => checkText(large, compiled))).toBe(0)),
    );
    // The matcher, made to run on them anyway, is linear too.
    expectLinear(stepsOf(() => checkText(small, unfiltered(compiled))), stepsOf(() => checkText(large, unfiltered(compiled))));
  });

  it('a 1 M-character line dense with claims: 100 KB → 1 MB, 10× the steps', () => {
    let findings: unknown[] = [];
    expectLinear(stepsOf(() => checkText(repeatTo(DENSE_CLAIMS, 100_000), compiled)), stepsOf(() => (findings = checkText(repeatTo(DENSE_CLAIMS, 1_000_000), compiled))));
    expect(findings).toHaveLength(Math.ceil(1_000_000 / DENSE_CLAIMS.length));
  });

  it('10,000 → 100,000 entity mentions (one in five misspelled): 10× the steps', () => {
    expectLinear(stepsOf(() => checkText(MENTIONS.repeat(2_000), compiled)), stepsOf(() => checkText(MENTIONS.repeat(20_000), compiled)));
  });

  it('a 1 M-character line of near-matches ends with the one real claim, found at its exact offset', () => {
    const text = repeatTo('Acme gives your team direct ', 1_000_000) + 'access to OpenAI.';
    const findings = checkText(text, compiled);
    expect(findings.map((finding) => [finding.ruleId, finding.start, finding.actual])).toEqual([
      ['no-access-claim', text.length - 'gives your team direct access to OpenAI.'.length, 'gives your team direct access to OpenAI'],
    ]);
  });

  it('100,000 entity mentions without a claim are rejected by the pre-check: not parsed, no matcher step', () => {
    const mentions = 'OpenAI ChatGPT '.repeat(50_000);
    expect(stepsOf(() => expect(checkText(mentions, compiled)).toEqual([]))).toBe(0);
  });

  it('2,500 → 25,000 entity mentions, each after a near-claim out of reach: linear work, no finding', () => {
    const unit = (index: number) => (index % 2 === 0 ? 'calls the sales desk about ' : 'OpenAI. ');
    const text = (count: number) => Array.from({ length: count }, (_, index) => unit(index)).join('');
    let findings: unknown[] = [];
    expectLinear(stepsOf(() => checkText(text(5_000), compiled)), stepsOf(() => (findings = checkText(text(50_000), compiled))));
    expect(findings).toEqual([]);
  });
});

describe('checkMarkdown: work linear in the input', () => {
  // The full sizes (1 MB of near-matches, a 1 M-character line, 100,000 mentions) go through checkMarkdown in
  // cli-adversarial.test.ts; here each shape grows from 20 KB to 200 KB.
  it.each([
    ['repeated near-matches', NEAR_MATCHES],
    ['a line dense with claims', DENSE_CLAIMS],
    ['entity mentions', MENTIONS],
  ])('%s, as one paragraph: 20 KB → 200 KB, 10× the steps, one parse each (every pre-check letting it through)', (_, unit) => {
    checkStats.markdownParses = 0;
    const policy = unfiltered(compiled);
    expectLinear(stepsOf(() => checkMarkdown(repeatTo(unit, 20_000), policy)), stepsOf(() => checkMarkdown(repeatTo(unit, 200_000), policy)));
    expect(checkStats.markdownParses).toBe(2);
  });

  it('repeated near-matches as one paragraph are rejected before the parser, in linear work (20 KB → 200 KB)', () => {
    checkStats.markdownParses = 0;
    expectLinear(
      nearbyStepsOf(() => expect(checkMarkdown(repeatTo(NEAR_MATCHES, 20_000), compiled)).toEqual([])),
      nearbyStepsOf(() => expect(checkMarkdown(repeatTo(NEAR_MATCHES, 200_000), compiled)).toEqual([])),
    );
    expect(checkStats.markdownParses).toBe(0);
  });

  it('a long document checked stretch by stretch builds its line index once, not once per stretch', () => {
    // Each index grows from the document's start to the offsets asked for: one per stretch was quadratic.
    const document = 'The team ships weekly reports and calls OpenAI.\n\n'.repeat(2_000);
    checkStats.lineIndexes = 0;
    const findings = checkMarkdown(document, compiled);
    expect(findings).toHaveLength(2_000);
    expect(findings.at(-1)?.start).toBe(document.length - '\n\n'.length - 'calls OpenAI.'.length);
    expect(checkStats.lineIndexes).toBe(1);
  });

  it('1,000 → 10,000 paragraphs, each converted to nlcst only if it may match', () => {
    const paragraph = (index: number) => (index % 2 === 0 ? 'The team ships weekly reports.\n\n' : 'Acme enables access to **OpenAI** models.\n\n');
    const document = (count: number) => Array.from({ length: count }, (_, index) => paragraph(index)).join('');
    const small = document(1_000);
    const large = document(10_000);
    checkStats.nlcstConversions = 0;
    const smallSteps = stepsOf(() => checkMarkdown(small, compiled));
    expect(checkStats.nlcstConversions).toBe(500);
    checkStats.nlcstConversions = 0;
    let findings: ReturnType<typeof checkMarkdown> = [];
    const largeSteps = stepsOf(() => (findings = checkMarkdown(large, compiled)));
    expect(checkStats.nlcstConversions).toBe(5_000);
    expectLinear(smallSteps, largeSteps);
    expect(findings).toHaveLength(5_000);
    expect(findings.at(-1)?.actual).toBe('enables access to **OpenAI');
  });

  it('a 200 KB table row and a 1 M-character code fence: the code is never parsed into words', () => {
    const row = `| ${repeatTo('Open AI ', 200_000)} |\n| --- |\n`;
    const fence = '```\n' + repeatTo('enables access to OpenAI ', 1_000_000) + '\n```\n';
    checkStats.nlcstConversions = 0;
    expect(stepsOf(() => expect(checkMarkdown(fence, compiled)).toEqual([]))).toBe(0);
    expect(checkStats.nlcstConversions).toBe(0);
    const findings = checkMarkdown(row, compiled);
    expect(findings).toHaveLength(Math.ceil(200_000 / 8));
    expect(findings.every((finding) => finding.actual === 'Open AI')).toBe(true);
  });
});
