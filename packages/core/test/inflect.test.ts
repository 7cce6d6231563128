import { describe, expect, it } from 'vitest';
import { conjugate, inflections, verbFormOf } from '@redline/core';

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
});
