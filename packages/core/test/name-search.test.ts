/**
 * The name search behind `mayMatch` against a reference: the search as it was before names were grouped (one
 * indexOf pass per name over the lower-cased text), on random texts built from entity names, separators, tags,
 * case variants and non-ASCII letters. And the promise `mayMatch` makes: when it says false, the matcher finds
 * nothing.
 */
import { checkTree, compilePolicy, createEnglishParser, emptyPolicy, mayMatch, mergePolicy, presetPolicy, type CompiledPolicy, type PolicyConfig } from '@redline/core';
import fc from 'fast-check';
import type { Parent } from 'unist';
import { describe, expect, it } from 'vitest';
import { NameSearch, type SearchedName } from '../src/name-search.js';
import { isTokenWordCodeUnit as isWordCodeUnit } from '../src/words.js';

// The reference: prefilter.ts's nameOccurs and skipSeparator before the name search (with the tokenizer's word
// characters, which read astral characters as symbols), white space not counted in a separator's length.
const MAX_SEPARATOR = 32;

function referenceSkipSeparator(lower: string, at: number): number {
  let index = at;
  let length = 0;
  while (index < lower.length && length <= MAX_SEPARATOR) {
    if (lower.charCodeAt(index) === 60 /* < */) {
      const close = lower.indexOf('>', index);
      if (close === -1 || close - index > MAX_SEPARATOR) return -1;
      length += close + 1 - index;
      index = close + 1;
    } else if (isWordCodeUnit(lower, index)) return index;
    else {
      if (!/\s/.test(lower.charAt(index))) length++;
      index++;
    }
  }
  return -1;
}

function referenceNameOccurs(lower: string, pattern: Pick<SearchedName, 'units' | 'tail'>): boolean {
  const first = pattern.units[0] as string;
  for (let at = lower.indexOf(first); at !== -1; at = lower.indexOf(first, at + 1)) {
    if (at > 0 && isWordCodeUnit(lower, at - 1)) continue;
    let end = at + first.length;
    let ok = true;
    for (let k = 1; k < pattern.units.length && ok; k++) {
      const unit = pattern.units[k] as string;
      const next = referenceSkipSeparator(lower, end);
      ok = next > end && lower.startsWith(unit, next);
      end = next + unit.length;
    }
    if (!ok) continue;
    const isPrefix = pattern.tail === 'prefix';
    const after = end < lower.length && isWordCodeUnit(lower, end);
    if (pattern.tail === 'joined') {
      if (end + 1 < lower.length && !after && !/\s/.test(lower.charAt(end)) && isWordCodeUnit(lower, end + 1)) return true;
      continue;
    }
    if (isPrefix || !after) return true;
  }
  return false;
}

function referenceSearch(names: SearchedName[], text: string): { entities: number; noEntityName: boolean } {
  const lower = text.toLowerCase();
  let entities = 0;
  let noEntityName = false;
  for (const name of names) {
    if (name.bit === 0) noEntityName ||= referenceNameOccurs(name.cased ? text : lower, name);
    else if (referenceNameOccurs(lower, name)) entities |= name.bit;
  }
  return { entities, noEntityName };
}

/** Units of names: the preset's, short ones, and letters whose lower case is unusual (İ, Σ, ß, ﬁ, K). */
const UNITS = ['open', 'ai', 'openai', 'chat', 'gpt', 'chatgpt', 'codex', 'dall', 'e', 'sora', 'o', 'x', 'op', 'a1', 'straße', 'i̇bm', 'σοφία', 'ﬁle', 'kelvin', 'é', '4o'];

/** Case variants of a unit as a text may write it. */
const caseVariant = (unit: string) =>
  fc.constantFrom('lower', 'upper', 'title', 'mixed').map((kind) => {
    if (kind === 'lower') return unit;
    if (kind === 'upper') return unit.toUpperCase();
    if (kind === 'title') return unit.charAt(0).toUpperCase() + unit.slice(1);
    return [...unit].map((ch, index) => (index % 2 === 0 ? ch.toUpperCase() : ch)).join('');
  });

const units = fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 });

/** An entity pattern (lower case, any tail) or a name of a phrase without entity (exact, maybe cased). */
const searchedName: fc.Arbitrary<SearchedName> = fc.oneof(
  fc.record({ units, tail: fc.constantFrom('exact', 'joined', 'prefix'), cased: fc.constant(false), bit: fc.constantFrom(1, 2, 4, 8) }),
  fc.tuple(units, fc.boolean()).chain(([written, cased]) =>
    (cased ? fc.tuple(...written.map(caseVariant)) : fc.constant(written)).map((variant) => ({ units: variant, tail: 'exact' as const, cased, bit: 0 })),
  ),
);

const SEPARATORS = [' ', '  ', '-', '.', '·', "'", '’', '\n', ', ', '<b>', '</em> ', '<a href="x">', ' '.repeat(40), '<' + 'x'.repeat(40) + '>', '_', '\u200b', '—'];
const OTHER = ['the', 'team', 'opens', 'chats', 'soft', 'daily', 'gp', 'İ', 'Σ', 'ς', 'ß', 'K', 'ﬁ', '😀', 'e\u0301', 'x\u0300', '中文', 'naïve', '4', '5o', '<', '>', '(', ')', '**', '`'];

/** A text: names in case variants with separators between their units, other words, glue on either side. */
const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(units, fc.constantFrom(...SEPARATORS)).chain(([written, separator]) => fc.tuple(...written.map(caseVariant)).map((variant) => variant.join(separator))) },
      { weight: 2, arbitrary: fc.constantFrom(...OTHER) },
      { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    ),
    { maxLength: 12 },
  )
  .chain((parts) => fc.array(fc.constantFrom('', '', ' ', '-', 'x', 'é'), { minLength: parts.length, maxLength: parts.length }).map((glue) => parts.map((part, index) => part + glue[index]).join('')));

describe('the name search', () => {
  it('finds exactly the names the one-pass-per-name reference finds', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(searchedName, { minLength: 1, maxLength: 8 }), text, (names, sample) => {
        const expected = referenceSearch(names, sample);
        const actual = new NameSearch(names).find(sample, false);
        if (expected.entities !== 0 || expected.noEntityName) found++;
        expect({ entities: actual.entities, noEntityName: actual.noEntityName }).toEqual(expected);
        // Stopping at the first name of a phrase without entity never loses it.
        if (expected.noEntityName) expect(new NameSearch(names).find(sample, true).noEntityName).toBe(true);
      }),
      { numRuns: 3_000 },
    );
    // The generator plants names often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(200);
  });

  it('handles the letters whose lower case changes length or depends on context', () => {
    expect(new NameSearch([{ units: ['openai'], tail: 'prefix', cased: false, bit: 8 }]).find('OPENAİ', false).entities).toBe(8);
    const names: SearchedName[] = [
      { units: ['i̇bm'], tail: 'exact', cased: false, bit: 2 },
      { units: ['σοφία'], tail: 'exact', cased: false, bit: 4 },
      { units: ['openai'], tail: 'prefix', cased: false, bit: 8 },
    ];
    // "OPENAİ" lower-cases to "openai" and a combining dot: a prefix name is there, though "İ" is no "i".
    for (const sample of ['İBM', 'an İBM plan', 'ΣΟΦΊΑ', 'xİBM', 'İB M', 'OPENAİ', 'OPENAİX', 'OPENA İ']) expect(new NameSearch(names).find(sample, false).entities).toBe(referenceSearch(names, sample).entities);
  });
});

const parser = createEnglishParser();

function policy(config: PolicyConfig): CompiledPolicy {
  return compilePolicy(mergePolicy(emptyPolicy(), config));
}

const POLICIES: [string, CompiledPolicy][] = [
  ['the preset', compilePolicy(presetPolicy())],
  [
    'rules without entities, cased and not, and two groups',
    policy({
      entities: { acme: ['Acme', 'Acme Cloud', 'AC-*'], beta: ['Beta*', 'Σοφία'] },
      rules: {
        spelling: { matchCase: true, inflect: false, phrases: ['Open AI', 'ChatGpt', 'Acme cloud'] },
        plain: { phrases: ['leverage synergy', 'open up'] },
        about: { about: 'acme', phrases: ['(call|reach) [0-2] out'] },
        slot: { phrases: ['{beta} API', 'İBM'] },
      },
    }),
  ],
];

const prose = fc
  .array(fc.oneof(text, fc.constantFrom('calls', 'call on', 'enables access to', 'API', 'leverages synergies', 'open up', 'Acme cloud', 'ACME CLOUD', 'Beta-2', 'AC-5', 'İBM', 'integrates with')), { maxLength: 8 })
  .map((parts) => parts.join(' ') + '.');

describe('mayMatch', () => {
  it.each(POLICIES)('is false only for text where the matcher finds nothing (%s)', (_, compiled) => {
    let rejected = 0;
    fc.assert(
      fc.property(prose, (sample) => {
        if (mayMatch(sample, compiled)) return;
        rejected++;
        expect(checkTree(parser.parse(sample) as Parent, compiled, sample)).toEqual([]);
      }),
      { numRuns: 1_500 },
    );
    expect(rejected).toBeGreaterThan(100);
  });
});
