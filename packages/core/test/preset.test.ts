import { describe, expect, it } from 'vitest';
import { checkText, compilePolicy, presetPolicy, testPolicy } from '@redline/core';

const policy = presetPolicy();
const compiled = compilePolicy(policy);

describe('redline:recommended', () => {
  it('has at least 6 bad and 6 good examples per rule', () => {
    for (const [id, rule] of Object.entries(policy.rules)) {
      expect(rule.examples?.bad?.length ?? 0, id).toBeGreaterThanOrEqual(6);
      expect(rule.examples?.good?.length ?? 0, id).toBeGreaterThanOrEqual(6);
    }
  });

  it('passes its own examples', () => {
    const result = testPolicy(policy);
    expect(result.failures).toEqual([]);
    expect(result.checked).toBeGreaterThanOrEqual(48);
  });

  it('flags every bad example of a rule with exactly that rule among its findings, and no good example at all', () => {
    for (const [id, rule] of Object.entries(policy.rules)) {
      for (const bad of rule.examples?.bad ?? []) expect(checkText(bad, compiled).map((f) => f.ruleId), bad).toContain(id);
      for (const good of rule.examples?.good ?? []) {
        expect(checkText(good, compiled).filter((f) => f.ruleId === id), good).toEqual([]);
      }
    }
  });

  it.each([
    ['Powered by OpenAI.'],
    ['Acme is enabled by OpenAI.'],
    ['Acme integrates with ChatGPT.'],
    ['Our integration with OpenAI ships today.'],
    ['Built with OpenAI models.'],
    ['The campaign calls on customers to renew.'],
    ['The portal enables access to your dashboards.'],
    ['The console provides access control.'],
  ])('never flags the allowed phrasing %s', (text) => {
    expect(checkText(text, compiled)).toEqual([]);
  });

  it('reports the documented finding for the motivating sentence', () => {
    const [finding, ...rest] = checkText('Acme enables access to OpenAI.', compiled);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      ruleId: 'no-access-claim',
      severity: 'error',
      start: 5,
      end: 29,
      actual: 'enables access to OpenAI',
      entity: 'OpenAI',
      entityGroup: 'openai',
      message: 'Do not claim that the product gives access to OpenAI: “enables access to OpenAI”. Say “is powered by OpenAI” or “integrates with OpenAI” instead.',
      expected: ['is powered by OpenAI', 'integrates with OpenAI'],
      suggestions: [
        { start: 5, end: 29, text: 'is powered by OpenAI', prefer: 'be powered by {entity}' },
        { start: 5, end: 29, text: 'integrates with OpenAI', prefer: 'integrate with {entity}' },
      ],
      reason: policy.rules['no-access-claim']?.reason,
      source: policy.rules['no-access-claim']?.source,
      url: 'https://github.com/redline-lint/redline/blob/main/docs/rules.md#no-access-claim',
    });
  });

  it('fixes spellings automatically and nothing else', () => {
    const findings = checkText('Powered by Open AI, Chat-GPT and ChatGpt; it calls OpenAI.', compiled);
    expect(findings.map((f) => [f.ruleId, f.actual, f.fix?.text])).toEqual([
      ['entity-spelling', 'Open AI', 'OpenAI'],
      ['entity-spelling', 'Chat-GPT', 'ChatGPT'],
      ['entity-spelling', 'ChatGpt', 'ChatGPT'],
      ['no-invocation-claim', 'calls OpenAI', undefined],
    ]);
  });
});
