/** `redline explain <rule-id>`: what a rule of the policy in force here says, why, and how to write instead. */
import { relative } from 'node:path';
import { DOCS_URL, type PhraseEntry } from '@redline/core';
import { UsageError } from '../errors.js';
import type { PolicyChoice } from '../policies.js';

function phraseText(entry: PhraseEntry): string {
  if (typeof entry === 'string') return entry;
  return entry.fix !== undefined ? `${entry.phrase}  (fix: ${entry.fix})` : entry.phrase;
}

function indentLines(text: string, indent: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

export function runExplain(cwd: string, ruleId: string, policies: PolicyChoice): string {
  const { policy, configFile } = policies.policyFor(cwd);
  const rule = policy.rules[ruleId];
  if (!rule) {
    const known = Object.keys(policy.rules).sort().join(', ');
    throw new UsageError(`unknown rule "${ruleId}" (rules of this policy: ${known || 'none'})`);
  }
  const from = configFile ? relative(cwd, configFile) : 'the built-in policy';
  const sections: string[] = [`${ruleId} (${rule.severity}) — from ${from}`];
  if (rule.message) sections.push(`Message:\n${indentLines(rule.message, '  ')}`);
  if (rule.reason) sections.push(`Why:\n${indentLines(rule.reason, '  ')}`);
  if (rule.source) sections.push(`Source:\n${indentLines(rule.source, '  ')}`);
  if (rule.about) sections.push(`About: ${rule.about} (${(policy.entities[rule.about] ?? []).join(', ')})`);
  sections.push(`Phrases:\n${rule.phrases.map((entry) => `  - ${phraseText(entry)}`).join('\n')}`);
  if (rule.prefer && rule.prefer.length > 0) sections.push(`Write instead:\n${rule.prefer.map((prefer) => `  - ${prefer}`).join('\n')}`);
  const bad = rule.examples?.bad ?? [];
  const good = rule.examples?.good ?? [];
  if (bad.length > 0) sections.push(`Flagged:\n${bad.map((example) => `  ✖ ${example}`).join('\n')}`);
  if (good.length > 0) sections.push(`Fine:\n${good.map((example) => `  ✔ ${example}`).join('\n')}`);
  sections.push(`More: ${rule.url ?? `${DOCS_URL}#${ruleId}`}`);
  return `${sections.join('\n\n')}\n`;
}
