/**
 * Property tests of the pre-checks that decide what is never parsed or matched: core's `mayMatch` (names, trigger
 * words, and the loose match near each name in nearby.ts) and remark-redline's blanking of code spans. On text
 * built to sit at their edges (phrases cut by markup, links with titles, tags, code spans, footnote calls,
 * references, escapes, blank lines, line continuations, front matter that folds across an empty line), the
 * findings equal those of the same check with every pre-check answering "may match".
 */
import { checkText, compilePolicy, emptyPolicy, mayMatch, mergePolicy, type CompiledPolicy, type Finding } from '@redline/core';
import fc from 'fast-check';
import { checkMarkdown } from 'remark-redline';
import { describe, expect, it } from 'vitest';
import { compiled as preset, RUNS, unfiltered } from './helpers.js';

/** A second policy: two groups, gaps, a wide and a narrow window, slots before and after, a cased rule. */
const custom = compilePolicy(
  mergePolicy(emptyPolicy(), {
    entities: { acme: ['Acme', 'Acme Cloud', 'AC-*'], beta: ['Beta*'] },
    rules: {
      reach: { about: 'acme', window: 1, phrases: ['(call|reach) [0-2] out', 'route [0-3] to'] },
      wide: { about: 'beta', window: 6, phrases: ['query'] },
      slot: { phrases: ['{beta} [0-1] API', 'talk to {acme} [0-2] now'] },
      spelling: { matchCase: true, inflect: false, phrases: ['AcmeCloud'] },
    },
  }),
);

const PRESET_WORDS = ['calls', 'call', 'on', 'sends', 'to', 'via', 'enables', 'access', 'can', 'API', 'endpoint', 'the', 'our', 'team', 'direct', 'gives', 'your', 'query', 'REST', 'connect', 'talk', 'make', 'available', 'reports', 'OpenAI', 'Open AI', 'ChatGPT', 'GPT-4o', 'Openai', 'powered', 'by'];
const CUSTOM_WORDS = ['call', 'reach', 'out', 'route', 'to', 'query', 'API', 'talk', 'now', 'the', 'team', 'Acme', 'Acme Cloud', 'AC-5', 'Beta', 'Betas', 'AcmeCloud'];
/** Words a reference or an escape writes in pieces: the parser decodes them, raw text does not. */
const WRITTEN_IN_PIECES = ['c&#97;lls', 'O&#112;enAI', 'acc&#x65;ss', 'c\\alls', 'Acm&#101;'];

/** What can stand between two words: white space, punctuation, inline and block markup, escapes. */
const SEPARATORS = [
  ' ', ' ', ' ', ' ', '  ', '\n', ' \n', '\n\n', '\n  \n', '\\\n', '\\\n\n', ', ', '. ', ' (', ') ', ' **', '** ', ' *', '* ', ' _', '_ ',
  ' `', '` ', '`', ' `x y` ', ' ``a ` b`` ', ' [', '] ', '](https://a.b/c) ', '](u "t i t l e") ', '](<u v>) ', '][ref label] ', ' [^1] ',
  ' [^a b] ', ' ![', ' <b>', '</b> ', ' <!-- c o m -->', ' <span title="a > b c">', ' &nbsp;', '&#32;', ' &amp; ', ' {x y} ', ' | ',
  '\n> ', '\n>\n> ', '\n- ', '\n1. ', '\n# ', '\n    ', '\u00a0', '\u2019s ', '-', '/', ' — ', '\t', '\r\n', ' www.a.b/`c ', ' http://x.y/ ',
  ' a@b.c ', '\n```\n', '\n~~~\n', ' \\` ', '\n---\n', ']: ', ' `]: x` ',
];

/** Words no phrase uses: they put distance between a trigger word and a name. */
const FILLER = ['blue', 'weekly', 'notes', 'green', 'today', 'ships', 'quickly', 'every', 'customer'];

function text(words: string[]): fc.Arbitrary<string> {
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
    { weight: 1, arbitrary: fc.constantFrom(...WRITTEN_IN_PIECES) },
  );
  return fc
    .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 32 })
    .map((items) => items.map(([w, separator]) => w + separator).join(''));
}

/** Markdown, now and then after front matter whose description folds across an empty line. */
function markdown(words: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.option(fc.tuple(text(words), text(words)), { freq: 4 }), text(words))
    .map(([front, body]) => (front ? `---\ntitle: x\ndescription: ${oneLine(front[0])}\n\n  ${oneLine(front[1])}\n---\n` : '') + body);
}

function oneLine(value: string): string {
  return value.replace(/[\r\n:#&*!|>'"%@`{}[\]-]/g, ' ');
}

const summary = (findings: Finding[]) => findings.map(({ ruleId, start, end }) => ({ ruleId, start, end }));

const POLICIES: [string, CompiledPolicy, string[]][] = [
  ['the preset', preset, PRESET_WORDS],
  ['a policy with two groups, gaps, windows and slots', custom, CUSTOM_WORDS],
];

describe.each(POLICIES)('the pre-checks, with %s', (_, compiled, words) => {
  it('change no finding of checkMarkdown', () => {
    let found = 0;
    let rejectedNamed = 0;
    fc.assert(
      fc.property(markdown(words), (source) => {
        const expected = summary(checkMarkdown(source, unfiltered(compiled), { whole: true }));
        if (expected.length > 0) found++;
        else if (!mayMatch(source, compiled) && /openai|chatgpt|gpt|acme|ac-|beta/i.test(source)) rejectedNamed++;
        expect(summary(checkMarkdown(source, compiled))).toEqual(expected);
      }),
      { numRuns: RUNS.prefilterMarkdown },
    );
    // The generator reaches both sides: text with findings, and text that names an entity and is rejected.
    expect(found).toBeGreaterThan(RUNS.prefilterMarkdown / 10);
    expect(rejectedNamed).toBeGreaterThan(RUNS.prefilterMarkdown / 20);
  });

  it('change no finding of checkText', () => {
    fc.assert(
      fc.property(text(words), (source) => {
        expect(summary(checkText(source, compiled))).toEqual(summary(checkText(source, unfiltered(compiled))));
      }),
      { numRuns: RUNS.prefilterText },
    );
  });
});
