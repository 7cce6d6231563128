/**
 * Merging of policies: `extends` first (in order, later wins), then the file's own settings. A user can turn a
 * preset rule off or change its severity (`no-api-framing: off`), override any field of it, add names to an
 * entity group, add allowed phrasings and add rules.
 */
import { PolicyError } from './errors.js';
import type { Policy, PolicyConfig, ResolvedRule, RuleConfig, Severity } from './types.js';

export function emptyPolicy(): Policy {
  return { entities: {}, allow: [], rules: {} };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Apply `config` (without its `extends`) on top of `base`. Does not modify `base`. */
export function mergePolicy(base: Policy, config: PolicyConfig): Policy {
  const merged: Policy = {
    entities: { ...base.entities },
    allow: unique([...base.allow, ...(config.allow ?? [])]),
    rules: { ...base.rules },
  };
  for (const [group, names] of Object.entries(config.entities ?? {})) {
    merged.entities[group] = unique([...(merged.entities[group] ?? []), ...names]);
  }
  for (const [id, value] of Object.entries(config.rules ?? {})) {
    const existing = merged.rules[id];
    if (typeof value === 'string') {
      if (!existing) throw new PolicyError(`rule "${id}" is not defined by any extended policy, so its severity cannot be set`, ['rules', id]);
      merged.rules[id] = { ...existing, severity: value as Severity };
      continue;
    }
    // A new rule that names its severity is taken as it is (never changed later: a merge copies what it changes);
    // a policy of 3,000 rules would otherwise copy each one.
    const rule: RuleConfig = existing || value.severity === undefined ? { ...existing, ...value } : value;
    if (!rule.phrases || rule.phrases.length === 0) throw new PolicyError(`rule "${id}" needs "phrases"`, ['rules', id]);
    rule.severity ??= 'error';
    merged.rules[id] = rule as ResolvedRule;
  }
  return merged;
}
