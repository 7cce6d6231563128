import { describe, expect, it } from 'vitest';
import { conjugate, inflections, verbFormOf } from '@redline/core';
import { keepsInitial } from '../src/inflect.js';

describe('inflections', () => {
  it.each([
    ['enable', ['enable', 'enables', 'enabled', 'enabling']],
    ['send', ['send', 'sends', 'sent', 'sending']],
    ['route', ['route', 'routes', 'routed', 'routing']],
    ['call', ['call', 'calls', 'called', 'calling']],
    ['give', ['give', 'gives', 'gave', 'given', 'giving']],
    ['query', ['query', 'queries', 'queried', 'querying']],
    ['stop', ['stop', 'stops', 'stopped', 'stopping']],
    ['access', ['access', 'accesses', 'accessed', 'accessing']],
    ['let', ['let', 'lets', 'letting']],
    ['be', ['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being']],
    // Irregular verbs with a prefix stay irregular.
    ['resell', ['resell', 'resells', 'resold', 'reselling']],
    ['rebuild', ['rebuilds', 'rebuilt']],
    ['override', ['overrides', 'overrode', 'overridden', 'overriding']],
    ['undergo', ['undergoes', 'underwent', 'undergone']],
    ['outdo', ['outdoes', 'outdid', 'outdone']],
    // A stressed last syllable doubles its consonant (one syllable, or a known stress-final verb).
    ['submit', ['submits', 'submitted', 'submitting']],
    ['transmit', ['transmitted', 'transmitting']],
    ['refer', ['referred', 'referring']],
    ['travel', ['traveled', 'travelled', 'traveling', 'travelling']],
    ['visit', ['visited', 'visiting']],
  ])('%s has every form', (base, forms) => {
    const all = inflections(base);
    for (const form of forms) expect(all).toContain(form);
  });

  it('does not invent irregular forms for regular verbs', () => {
    expect(inflections('offer')).not.toContain('offert');
    expect(inflections('open')).toEqual(expect.arrayContaining(['opens', 'opened', 'opening']));
  });
});

describe('verbFormOf and conjugate', () => {
  it('reads the form of a matched verb', () => {
    expect(verbFormOf('enable', 'Enables')).toBe('third');
    expect(verbFormOf('enable', 'enabled')).toBe('past');
    expect(verbFormOf('enable', 'enabling')).toBe('gerund');
    expect(verbFormOf('give', 'given')).toBe('participle');
    expect(verbFormOf('enable', 'enable')).toBe('base');
    expect(verbFormOf('enable', 'unable')).toBeUndefined();
  });

  it('conjugates preferred wording', () => {
    expect(conjugate('be', 'third')).toBe('is');
    expect(conjugate('be', 'base', true)).toBe('are');
    expect(conjugate('be', 'base')).toBe('be');
    expect(conjugate('be', 'past')).toBe('was');
    expect(conjugate('be', 'participle')).toBe('been');
    expect(conjugate('be', 'gerund')).toBe('being');
    expect(conjugate('integrate', 'third')).toBe('integrates');
    expect(conjugate('integrate', 'gerund')).toBe('integrating');
    expect(conjugate('integrate', 'past')).toBe('integrated');
  });

  it('writes the doubled consonant only where English doubles it, and prefixed irregular forms', () => {
    expect(conjugate('stop', 'past')).toBe('stopped');
    expect(conjugate('submit', 'gerund')).toBe('submitting');
    expect(conjugate('visit', 'past')).toBe('visited');
    expect(inflections('visit')).not.toContain('visitted');
    expect(conjugate('open', 'gerund')).toBe('opening');
    expect(conjugate('travel', 'past')).toBe('traveled');
    expect(conjugate('resell', 'past')).toBe('resold');
    expect(verbFormOf('resell', 'resold')).toBe('past');
    expect(verbFormOf('submit', 'submitted')).toBe('past');
  });
});

describe('keepsInitial', () => {
  // Words of every ending the regular rules treat apart (-e, -ie, -ee, -y after a consonant or a vowel, -s/-x/-z/-ch/-sh/-o,
  // a doubled last consonant), every irregular verb, and words of one and two letters.
  const words = ['tie', 'die', 'lie', 'see', 'free', 'eye', 'dye', 'toe', 'apply', 'say', 'key', 'pass', 'fix', 'buzz', 'reach', 'push', 'echo', 'stop', 'plan', 'open', 'enable', 'access', 'route', 'torpeldra', 'be', 'go', 'do', 'ie', 'a', 'x', 'by', 'run', 'give', 'understand', 'write'];

  it('holds only for words whose every form starts with their first letter', () => {
    for (const word of words) {
      if (!keepsInitial(word)) continue;
      expect({ word, forms: inflections(word).filter((form) => form[0] !== word[0]) }).toEqual({ word, forms: [] });
    }
  });

  it('is false for irregular verbs and words under three letters', () => {
    expect(words.filter((word) => !keepsInitial(word))).toEqual(['see', 'say', 'be', 'go', 'do', 'ie', 'a', 'x', 'by', 'run', 'give', 'understand', 'write']);
    expect(inflections('be')).toContain('is');
    expect(inflections('ie')).toContain('ying');
  });
});
