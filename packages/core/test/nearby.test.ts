/**
 * The closer look of `mayMatch` (nearby.ts): text that names an entity and holds a trigger word is let through
 * only when some phrase matches loosely near a name. Each case states what the matcher finds, so that a false from
 * the pre-check is checked against it.
 */
import { checkText, compilePolicy, matchStats, mayMatch, presetPolicy } from '@redline/core';
import { describe, expect, it } from 'vitest';
import { NameSearch } from '../src/name-search.js';
import { OPENAI, policyOf } from './helpers.js';

const preset = compilePolicy(presetPolicy());

/** [text, what mayMatch says, how many findings the matcher has] */
type Case = [string, boolean, number];

function expectCases(cases: Case[], compiled = preset): void {
  for (const [text, may, findings] of cases) {
    expect({ text, may: mayMatch(text, compiled), findings: checkText(text, compiled).length }).toEqual({ text, may, findings });
  }
}

describe('mayMatch near the names', () => {
  it('says no when the trigger words stand far from every name', () => {
    expectCases([
      ['The agent calls OpenAI to draft replies.', true, 1],
      ['Call our team. We wrote this guide for every customer who uses OpenAI.', false, 0],
      ['You can read the weekly notes about OpenAI here.', false, 0],
      ['You can access OpenAI here.', true, 1],
      ['OpenAI is great, and the API is fast.', false, 0],
      ['The OpenAI API is documented.', true, 1],
    ]);
  });

  it('is skipped with nearby: false, which answers from names and trigger words alone', () => {
    const text = 'You can read the weekly notes about OpenAI here.';
    expect(mayMatch(text, preset)).toBe(false);
    expect(mayMatch(text, preset, { nearby: false })).toBe(true);
    expect(mayMatch('You can read the weekly notes here.', preset, { nearby: false })).toBe(false);
  });

  it('counts the words between a phrase and its name up to the rule window, exactly', () => {
    expectCases([
      ['Acme calls a b c d OpenAI.', true, 1],
      ['Acme calls a b c d e OpenAI.', false, 0],
    ]);
  });

  it('counts gaps: each word of a phrase must follow the one before within the gap', () => {
    const compiled = policyOf({ entities: OPENAI, rules: { reach: { about: 'openai', window: 1, phrases: ['route [0-2] to'] } } });
    expectCases(
      [
        ['We route it all to OpenAI.', true, 1],
        ['We route all of it to OpenAI.', false, 0],
        ['We route it to the OpenAI team.', true, 1],
        ['We route it to the new OpenAI team.', false, 0],
      ],
      compiled,
    );
  });

  it('looks at each piece between blank lines on its own, except after a line continuation or in front matter', () => {
    expectCases([
      ['Acme calls\n\nOpenAI often.', false, 0],
      ['Acme calls\n \t\nOpenAI often.', false, 0],
      ['Acme calls\nOpenAI often.', true, 1],
    ]);
    // A backslash before the line break (JavaScript, YAML) and YAML front matter keep the blank line in one piece.
    expect(mayMatch('Acme calls \\\n\nOpenAI often.', preset)).toBe(true);
    expect(mayMatch('---\ndescription: Acme calls\n\n  OpenAI\n---\nText.', preset)).toBe(true);
    expect(mayMatch('Text.\n\n---\ndescription: Acme calls\n\n  OpenAI\n---\n', preset)).toBe(false);
  });

  it('does not count past markup that may hide words of its own: link titles, tags, labels, footnote calls', () => {
    for (const text of [
      'Acme calls [our partner](https://x.com "a b c d e f g") OpenAI.',
      'Acme calls [our partner](<a b c d e f g>) OpenAI.',
      'Acme calls [our partner][a b c d e f g] OpenAI.',
      'Acme calls <span class="a b c d e f">the</span> OpenAI.',
      'Acme calls {a b c d e f} OpenAI.',
      'Acme calls [^a b c d e f] OpenAI.',
    ]) {
      expect({ text, may: mayMatch(text, preset) }).toEqual({ text, may: true });
    }
    // A link target without white space sits in one chunk: the words around it are counted as usual.
    expect(mayMatch('Acme calls [x](y) a b c d e OpenAI.', preset)).toBe(false);
    expect(mayMatch('Acme calls a b [x](y) c d OpenAI.', preset)).toBe(true);
  });

  it('does not count chunks with markup characters, and lets a piece with a reference or escape through', () => {
    expect(mayMatch('Acme calls a b c d e&amp; OpenAI.', preset)).toBe(true);
    expect(mayMatch('Acme calls a b c d e\\f OpenAI.', preset)).toBe(true);
    expect(mayMatch('Acme calls a b c d *e* OpenAI.', preset)).toBe(false);
  });

  it('matches an entity slot in its place, before or after the words', () => {
    const compiled = policyOf({ entities: OPENAI, rules: { slot: { phrases: ['{openai} [0-1] API', 'access {openai} via'] } } });
    expectCases(
      [
        ['The OpenAI chat API.', true, 1],
        ['The OpenAI chat and the API.', false, 0],
        ['Access OpenAI via Acme.', true, 1],
        ['Access the OpenAI models via Acme.', false, 0],
      ],
      compiled,
    );
  });

  it('does not take a name that certainly opens an allowed phrasing ("OpenAI-compatible") as the entity', () => {
    expectCases([
      ['Acme offers an OpenAI-compatible endpoint.', false, 0],
      ['Acme offers an OpenAI endpoint.', true, 1],
      ['Acme calls the OpenAI-compatible server.', false, 0],
      ['Acme calls the OpenAI usage page.', false, 0],
      // A negation before it makes the matcher drop the phrasing: then the name counts.
      ['This is not OpenAI-compatible, so Acme calls OpenAI.', true, 1],
      ['Acme never calls an OpenAI-compatible server.', true, 0],
      // Markup next to the name: not certain, so it counts.
      ['Acme calls the **OpenAI**-compatible server.', true, 1],
      ['Acme calls the [OpenAI-compatible](x) server.', true, 0],
    ]);
  });

  it('keeps the groups apart: a name of another group does not let a phrase through', () => {
    const compiled = policyOf({
      entities: { acme: ['Acme'], beta: ['Beta'] },
      rules: { calls: { about: 'acme', window: 1, phrases: ['calls'] }, other: { about: 'beta', window: 1, phrases: ['pings'] } },
    });
    expectCases(
      [
        ['It calls Acme.', true, 1],
        ['It calls Beta.', false, 0],
        ['It pings Acme.', false, 0],
        ['It pings the Beta.', true, 1],
      ],
      compiled,
    );
  });
});

describe('the name search, locating', () => {
  it('gives every entity name with its offsets and group bits, in order', () => {
    const search = new NameSearch([
      { units: ['open', 'ai'], tail: 'exact', cased: false, bit: 2 },
      { units: ['gpt'], tail: 'joined', cased: false, bit: 2 },
      { units: ['acme'], tail: 'exact', cased: false, bit: 4 },
      { units: ['spelling'], tail: 'exact', cased: false, bit: 0 },
    ]);
    const text = 'acme uses open <b>ai</b> and gpt-4o, not gpt or openaix; spelling.';
    expect(search.locate(text)).toEqual([
      { start: 0, end: 4, bits: 4, exact: true },
      { start: 10, end: 20, bits: 2, exact: true },
      { start: 29, end: 32, bits: 2, exact: false },
    ]);
  });
});

describe('mayMatch near the names, with many phrases that share a first word', () => {
  /** `count` rules about OpenAI whose phrases are "route <invented word> summaries". */
  function routePolicy(count: number) {
    const syllables = ['zen', 'mil', 'tor', 'pel', 'dra', 'sol', 'ka', 'vim', 'bru', 'qua'];
    const rules: Record<string, { about: string; phrases: string[] }> = {};
    for (let i = 0; i < count; i++) {
      const word = `${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}${syllables[Math.floor(i / 100) % 10]}x`;
      rules[`route-${i}`] = { about: 'openai', phrases: [`route ${word} summaries`] };
    }
    return policyOf({ entities: OPENAI, rules });
  }

  const nearbySteps = (text: string, compiled: ReturnType<typeof routePolicy>): number => {
    matchStats.nearbySteps = 0;
    mayMatch(text, compiled);
    return matchStats.nearbySteps;
  };

  it('still finds the phrase whose second word follows, and only it', () => {
    const compiled = routePolicy(300);
    expectCases(
      [
        ['We route zenmilzenx summaries through OpenAI.', true, 1],
        ['We route **solzenzenx** summaries through OpenAI.', true, 1],
        ['We route all summaries through OpenAI.', false, 0],
        ['We route zenmilzen summaries through OpenAI.', false, 0],
      ],
      compiled,
    );
  });

  it('does as many steps with 3,000 such phrases as with 30 when no second word follows', () => {
    // Every invented second word starts with one of z, m, t, p, d, s, k, v, b, q.
    const text = 'We route our summaries through OpenAI, and routing each one again.';
    expect(nearbySteps(text, routePolicy(3000))).toBe(nearbySteps(text, routePolicy(30)));
    // A second word that starts like the phrases' (z…) is looked at closer, phrase by phrase.
    const closer = 'We route zero summaries through OpenAI.';
    expect(nearbySteps(closer, routePolicy(3000))).toBeGreaterThan(nearbySteps(closer, routePolicy(30)));
  });
});
