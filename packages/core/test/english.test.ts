import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import type { Parent } from 'unist';
import { checkTree, compilePolicy, createEnglishParser, presetPolicy, SLICE_CHILDREN } from '@redline/core';

const compiled = compilePolicy(presetPolicy());
const prose =
  'Acme Assist enables secure access to the newest OpenAI models. It calls on GPT-4o, e.g. for summaries; ' +
  "the team's and/or the user's data stays put. Mr. Smith said: “Powered by OpenAI-compatible tools!” ";

describe('createEnglishParser', () => {
  it('builds the same tree as parse-english below the bound', () => {
    expect(createEnglishParser().parse(prose)).toEqual(new ParseEnglish().parse(prose));
  });

  it('finds the same things as parse-english above the bound', () => {
    // One long sentence (no terminal punctuation) with far more children than the bound.
    const long = `${prose.replaceAll(/[.!?;:]/g, ',')}`.repeat(Math.ceil((SLICE_CHILDREN * 3) / 60));
    const bounded = checkTree(createEnglishParser().parse(long) as Parent, compiled, long);
    const original = checkTree(new ParseEnglish().parse(long) as Parent, compiled, long);
    expect(bounded.length).toBeGreaterThan(10);
    expect(bounded).toEqual(original);
  });

  it('keeps every offset exact in a long run of hyphenated words', () => {
    const text = 'a-b '.repeat(20_000) + 'enables access to Open-AI.';
    const root = createEnglishParser().parse(text);
    const findings = checkTree(root as Parent, compiled, text);
    expect(findings.map((f) => [f.ruleId, f.actual, f.start])).toEqual([
      ['no-access-claim', 'enables access to Open-AI', text.length - 26],
      ['entity-spelling', 'Open-AI', text.length - 8],
    ]);
  });
});
