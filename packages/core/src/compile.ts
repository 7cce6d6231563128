/**
 * compilePolicy: a resolved policy becomes one lookup structure. Every phrase of every rule is expanded into
 * linear sequences and indexed by the forms of its first word (or by the entity names when it starts with an
 * entity), so matching costs one map lookup per unit of text whatever the number of rules.
 */
import { EntityIndex, compileEntityName } from './entities.js';
import { PolicyError } from './errors.js';
import { compilePhrase, type Atom, type FormsCache } from './phrase.js';
import { TriggerScanner } from './prefilter.js';
import type { Policy, ResolvedRule, Severity } from './types.js';

export const DEFAULT_WINDOW = 4;
export const DOCS_URL = 'https://github.com/redline-lint/redline/blob/main/docs/rules.md';

export interface CompiledRule {
  id: string;
  severity: Exclude<Severity, 'off'>;
  about: string | undefined;
  window: number;
  message: string | undefined;
  prefer: string[];
  fix: string | undefined;
  reason: string | undefined;
  source: string | undefined;
  url: string;
}

export interface CompiledSequence {
  atoms: Atom[];
  /** Index into `CompiledPolicy.rules`, or -1 for an `allow` phrase. */
  rule: number;
  /** Phrase-level preferred wording and fix (they override the rule's). */
  prefer: string[] | undefined;
  fix: string | undefined;
  /** Whether an entity must be found after the sequence (the rule has `about` and the phrase no entity slot). */
  needsFollowingEntity: boolean;
}

/** Sequences that start at a unit: indexed by its text, or by an entity when the sequence starts with one. */
export class SequenceIndex {
  readonly byWord = new Map<string, CompiledSequence[]>();
  /** Sequences whose first atom is an entity slot, by group. */
  readonly byEntityGroup = new Map<string, CompiledSequence[]>();
  size = 0;

  add(sequence: CompiledSequence): void {
    this.size++;
    const first = sequence.atoms[0] as Atom;
    if (first.kind === 'entity') {
      push(this.byEntityGroup, first.group, sequence);
    } else if (first.kind === 'word') {
      for (const form of first.forms.keys()) push(this.byWord, form, sequence);
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface CompiledPolicy {
  rules: CompiledRule[];
  sequences: SequenceIndex;
  allow: SequenceIndex;
  entities: EntityIndex;
  scanner: TriggerScanner;
}

/** Compile a resolved policy (see `loadPolicy`/`presetPolicy`). Throws PolicyError on a bad phrase or entity. */
export function compilePolicy(policy: Policy): CompiledPolicy {
  return compileFresh(policy);
}

function compileFresh(policy: Policy): CompiledPolicy {
  const entities = new EntityIndex();
  for (const [group, names] of Object.entries(policy.entities ?? {})) {
    names.forEach((name, index) => entities.add(compileEntityName(group, name, ['entities', group, index])));
  }
  const groups = new Set(Object.keys(policy.entities ?? {}));
  const rules: CompiledRule[] = [];
  const sequences = new SequenceIndex();
  const allow = new SequenceIndex();
  const scanner = new TriggerScanner(entities, sequences, allow, rules);
  const forms: FormsCache = new Map();

  for (const [id, rule] of Object.entries(policy.rules ?? {})) {
    if (rule.severity === 'off') continue;
    const ruleIndex = rules.length;
    rules.push(compileRule(id, rule, groups));
    const phrases = rule.phrases ?? [];
    if (phrases.length === 0) throw new PolicyError(`rule "${id}" has no phrases`, ['rules', id, 'phrases']);
    phrases.forEach((entry, phraseIndex) => {
      const text = typeof entry === 'string' ? entry : entry.phrase;
      const path = ['rules', id, 'phrases', phraseIndex];
      const expansions = compilePhrase(text, { inflect: rule.inflect ?? true, matchCase: rule.matchCase ?? false, about: rule.about, groups, path, forms });
      for (const atoms of expansions) {
        const hasSlot = atoms.some((atom) => atom.kind === 'entity');
        const sequence: CompiledSequence = {
          atoms,
          rule: ruleIndex,
          prefer: typeof entry === 'string' ? undefined : entry.prefer,
          fix: typeof entry === 'string' ? undefined : entry.fix,
          needsFollowingEntity: rule.about !== undefined && !hasSlot,
        };
        sequences.add(sequence);
        scanner.addSequence(sequence, rule.about);
      }
    });
  }

  (policy.allow ?? []).forEach((text, index) => {
    for (const atoms of compilePhrase(text, { inflect: true, about: undefined, groups, path: ['allow', index], forms })) {
      allow.add({ atoms, rule: -1, prefer: undefined, fix: undefined, needsFollowingEntity: false });
    }
  });
  return { rules, sequences, allow, entities, scanner };
}

function compileRule(id: string, rule: ResolvedRule, groups: ReadonlySet<string>): CompiledRule {
  if (rule.about !== undefined && !groups.has(rule.about)) {
    throw new PolicyError(`rule "${id}": unknown entity group "${rule.about}" in "about"`, ['rules', id, 'about']);
  }
  return {
    id,
    severity: rule.severity === 'error' ? 'error' : 'warn',
    about: rule.about,
    window: rule.window ?? DEFAULT_WINDOW,
    message: rule.message,
    prefer: rule.prefer ?? [],
    fix: rule.fix,
    reason: rule.reason,
    source: rule.source,
    url: rule.url ?? `${DOCS_URL}#${id}`,
  };
}
