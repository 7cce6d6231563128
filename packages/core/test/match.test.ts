import { describe, expect, it } from 'vitest';
import { checkText, mayMatch } from '@redline/core';
import { OPENAI, policyOf } from './helpers.js';

const accessRule = policyOf({
  entities: OPENAI,
  allow: ['(power|enable) by {openai}'],
  rules: {
    access: { severity: 'error', about: 'openai', phrases: ['(enable|give) [0-3] access to'], prefer: ['be powered by {entity}'] },
  },
});

/** [actual, start, end] of every finding. */
function spans(text: string, compiled = accessRule): [string, number, number][] {
  return checkText(text, compiled).map((finding) => {
    expect(text.slice(finding.start, finding.end)).toBe(finding.actual);
    return [finding.actual, finding.start, finding.end];
  });
}

describe('verb forms and gaps', () => {
  it.each([
    ['Acme enables access to OpenAI.', 'enables access to OpenAI', 5],
    ['Acme enabled access to OpenAI.', 'enabled access to OpenAI', 5],
    ['Enabling access to OpenAI is easy.', 'Enabling access to OpenAI', 0],
    ['We enable access to OpenAI.', 'enable access to OpenAI', 3],
    ['Acme gave access to OpenAI.', 'gave access to OpenAI', 5],
    ['Acme has given access to OpenAI.', 'given access to OpenAI', 9],
  ])('%s', (text, actual, start) => {
    expect(spans(text)).toEqual([[actual, start, start + actual.length]]);
  });

  it('allows up to the gap size of free words, not more', () => {
    expect(spans('Acme gives your whole team access to OpenAI.')).toEqual([['gives your whole team access to OpenAI', 5, 43]]);
    expect(spans('Acme gives your whole sales team access to OpenAI.')).toEqual([]);
  });

  it('does not let a gap cross punctuation', () => {
    expect(spans('Acme gives teams; access to OpenAI is separate.')).toEqual([]);
  });

  it('matches optional words and alternatives', () => {
    const compiled = policyOf({
      entities: OPENAI,
      rules: { call: { about: 'openai', phrases: ['(call|invoke) on?', 'query (the|a)? {entity}'] } },
    });
    expect(spans('It calls on OpenAI.', compiled)).toEqual([['calls on OpenAI', 3, 18]]);
    expect(spans('It calls OpenAI.', compiled)).toEqual([['calls OpenAI', 3, 15]]);
    expect(spans('It invokes ChatGPT.', compiled)).toEqual([['invokes ChatGPT', 3, 18]]);
    expect(spans('Query the ChatGPT bot.', compiled)).toEqual([['Query the ChatGPT', 0, 17]]);
    expect(spans('Queries about ChatGPT pile up.', compiled)).toEqual([]);
  });
});

describe('entities', () => {
  it('matches case-insensitively, with possessives and inside hyphenated compounds', () => {
    expect(spans('Acme enables access to openai models.')).toEqual([['enables access to openai', 5, 29]]);
    expect(spans('Acme enables access to OpenAI’s models.')).toEqual([['enables access to OpenAI’s', 5, 31]]);
    expect(spans("Acme enables access to OpenAI's models.")).toEqual([["enables access to OpenAI's", 5, 31]]);
    expect(spans('Acme enables access to OpenAI-hosted models.')).toEqual([['enables access to OpenAI', 5, 29]]);
  });

  it('matches multi-word names and prefix patterns', () => {
    expect(spans('Acme enables access to Open AI tools.')).toEqual([['enables access to Open AI', 5, 30]]);
    expect(spans('Acme enables access to GPT-4.1 today.')).toEqual([['enables access to GPT-4.1', 5, 30]]);
    expect(spans('Acme enables access to gpt-oss-120b today.')).toEqual([['enables access to gpt-oss-120b', 5, 35]]);
    expect(spans('Acme enables access to DALL·E today.')).toEqual([['enables access to DALL·E', 5, 29]]);
    // "GPT-*" needs something after the hyphen.
    expect(spans('Acme enables access to GPT today.')).toEqual([]);
  });

  it('needs the entity within the window, in the same sentence', () => {
    expect(spans('Acme enables access to the newest OpenAI models.')).toEqual([['enables access to the newest OpenAI', 5, 40]]);
    expect(spans('Acme enables access to one two three four OpenAI models.')).toEqual([['enables access to one two three four OpenAI', 5, 48]]);
    expect(spans('Acme enables access to one two three four five OpenAI models.')).toEqual([]);
    expect(spans('Acme enables access to dashboards. OpenAI is a partner.')).toEqual([]);
    expect(spans('Acme enables access to your dashboards.')).toEqual([]);
  });

  it('stops the window at clause words and at allowed phrasings', () => {
    expect(spans('Acme enables access to reports for ChatGPT users.')).toEqual([]);
    expect(spans('Acme enables access to dashboards powered by OpenAI.')).toEqual([]);
    expect(spans('Acme is enabled by OpenAI.')).toEqual([]);
  });
});

describe('negation', () => {
  it('does not report a claim that is denied within three words before it, in the same clause', () => {
    expect(spans('Acme never enables access to OpenAI.')).toEqual([]);
    expect(spans('Acme does not give access to OpenAI.')).toEqual([]);
    expect(spans("Acme doesn't give access to OpenAI.")).toEqual([]);
    expect(spans('No, Acme gives access to OpenAI.')).toEqual([['gives access to OpenAI', 9, 31]]);
    expect(spans('Not in one, two or three words: Acme gives access to OpenAI.')).toEqual([['gives access to OpenAI', 37, 59]]);
  });

  it('does not report a claim whose gap takes in a negation', () => {
    expect(spans('Acme gives no access to OpenAI.')).toEqual([]);
    expect(spans('Acme gives you never any access to OpenAI.')).toEqual([]);
    const canAccess = policyOf({ entities: OPENAI, rules: { access: { severity: 'error', about: 'openai', phrases: ['can [0-1] access'] } } });
    expect(spans("Your team can't access ChatGPT.", canAccess)).toEqual([]);
    expect(spans('Your team can’t access ChatGPT.', canAccess)).toEqual([]);
    expect(spans('Your team can not access ChatGPT.', canAccess)).toEqual([]);
    expect(spans('Your team can access ChatGPT.', canAccess)).toEqual([['can access ChatGPT', 10, 28]]);
    // A negation the phrase names itself is its wording, not a denial of it.
    const notOnly = policyOf({ entities: OPENAI, rules: { claim: { severity: 'error', about: 'openai', phrases: ['not only [0-1] access to'] } } });
    expect(spans('Acme not only gives access to OpenAI.', notOnly)).toEqual([['not only gives access to OpenAI', 5, 36]]);
  });

  it('reads "no" inside a compound word ("no-code") as part of an adjective, not a denial', () => {
    expect(spans('Our no-code builder gives access to ChatGPT.')).toEqual([['gives access to ChatGPT', 20, 43]]);
  });
});

describe('hyphenated compounds', () => {
  it('does not take a name joined to the phrase by a hyphen ("calls-OpenAI", a slug) as its entity', () => {
    const calls = policyOf({ entities: OPENAI, rules: { calls: { severity: 'error', about: 'openai', phrases: ['call on?', 'query {entity}'] } } });
    expect(spans('Add the calls-OpenAI step to https://acme.example/calls-openai.', calls)).toEqual([]);
    expect(spans('Use the query-ChatGPT block.', calls)).toEqual([]);
    expect(spans('The agent calls OpenAI. Query ChatGPT now.', calls)).toEqual([
      ['calls OpenAI', 10, 22],
      ['Query ChatGPT', 24, 37],
    ]);
  });

  it('lets a joined name ("GPT-*") end before an allowed word joined to it', () => {
    const allowPowered = policyOf({ entities: OPENAI, allow: ['{openai}-(power|compatible)'], rules: { access: { severity: 'error', about: 'openai', phrases: ['(enable|give) [0-3] access to'] } } });
    expect(spans('Acme enables access to GPT-4o-powered search.', allowPowered)).toEqual([]);
    expect(spans('Acme gives access to any GPT-4-compatible endpoint.', allowPowered)).toEqual([]);
    expect(spans('Acme enables access to GPT-4o-mini.', allowPowered)).toEqual([['enables access to GPT-4o-mini', 5, 34]]);
  });
});

describe('offsets', () => {
  it('counts UTF-16 code units with astral characters before the match', () => {
    const text = '𝒜𝒸𝓂ℯ 😀 enables access to OpenAI.';
    const [finding] = checkText(text, accessRule);
    expect(finding?.start).toBe(text.indexOf('enables'));
    expect(finding?.actual).toBe('enables access to OpenAI');
  });

  it('keeps CRLF line breaks inside the match and offsets after a BOM', () => {
    expect(spans('Acme\r\nenables access to\r\nOpenAI.')).toEqual([['enables access to\r\nOpenAI', 6, 31]]);
    expect(spans('\uFEFFEnables access to OpenAI.')).toEqual([['Enables access to OpenAI', 1, 25]]);
  });
});

describe('suggestions', () => {
  it('conjugates the preferred wording to the matched verb and keeps what follows the phrase', () => {
    const texts = {
      'Acme enables access to the newest OpenAI models.': 'is powered by the newest OpenAI',
      'We enable access to OpenAI.': 'are powered by OpenAI',
      'Acme has enabled access to OpenAI.': 'been powered by OpenAI',
      'Acme enabled access to OpenAI.': 'was powered by OpenAI',
      'Enabling access to OpenAI is easy.': 'Being powered by OpenAI',
      'Enable access to OpenAI.': 'Be powered by OpenAI',
      'It will enable access to OpenAI.': 'be powered by OpenAI',
    };
    for (const [text, expected] of Object.entries(texts)) {
      const [finding] = checkText(text, accessRule);
      expect(finding?.suggestions.map((s) => s.text)).toEqual([expected]);
      expect(finding?.expected).toEqual([expected]);
    }
  });

  it('fills the message', () => {
    const compiled = policyOf({
      entities: OPENAI,
      rules: { x: { severity: 'warn', about: 'openai', phrases: ['give access to'], message: 'No “{actual}” about {entity}; say {prefer}.', prefer: ['integrate with {entity}'] } },
    });
    const [finding] = checkText('Acme gives access to ChatGPT.', compiled);
    expect(finding).toMatchObject({
      ruleId: 'x',
      severity: 'warn',
      entity: 'ChatGPT',
      entityGroup: 'openai',
      message: 'No “gives access to ChatGPT” about ChatGPT; say “integrates with ChatGPT”.',
    });
  });
});

describe('exact and case-sensitive words', () => {
  it('matchCase matches the spelling as written only', () => {
    const compiled = policyOf({ rules: { spelling: { severity: 'warn', inflect: false, matchCase: true, phrases: [{ phrase: 'ChatGpt', fix: 'ChatGPT' }] } } });
    expect(checkText('Built with ChatGpt.', compiled).map((f) => f.fix)).toEqual([{ start: 11, end: 18, text: 'ChatGPT' }]);
    // A possessive after the name stays where it is.
    expect(checkText("Built on ChatGpt's models.", compiled).map((f) => [f.actual, f.fix])).toEqual([["ChatGpt's", { start: 9, end: 16, text: 'ChatGPT' }]]);
    expect(checkText('Built with ChatGPT.', compiled)).toEqual([]);
  });

  it('"=" keeps a word from inflecting', () => {
    const compiled = policyOf({ rules: { r: { phrases: ['=open source'] } } });
    expect(checkText('We open source it.', compiled)).toHaveLength(1);
    expect(checkText('We opened source it.', compiled)).toHaveLength(0);
  });
});

describe('mayMatch', () => {
  it('is false for text without an entity when every rule needs one', () => {
    expect(mayMatch('Acme enables access to dashboards.', accessRule)).toBe(false);
    expect(mayMatch('OpenAI is a partner.', accessRule)).toBe(false);
    expect(mayMatch('Acme enables access to OpenAI.', accessRule)).toBe(true);
    expect(mayMatch('Acme ENABLES access to **OPENAI**.', accessRule)).toBe(true);
  });

  it('does not take a name inside a longer word for the entity', () => {
    expect(mayMatch('enables access to openaiish', accessRule)).toBe(false);
  });

  it('uses the words of rules without entities directly', () => {
    const compiled = policyOf({ rules: { r: { phrases: ['synergy'] } } });
    expect(mayMatch('Pure synergies.', compiled)).toBe(true);
    expect(mayMatch('Pure energy.', compiled)).toBe(false);
  });
});
