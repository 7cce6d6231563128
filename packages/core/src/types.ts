/** Types shared by the policy loader, the compiler and the matcher. */

export type Severity = 'off' | 'warn' | 'error';

/** One entry of a rule's `phrases`: a phrase string, or a phrase with its own fix or preferred wording. */
export type PhraseEntry =
  | string
  | {
      phrase: string;
      fix?: string;
      prefer?: string[];
    };

export interface RuleExamples {
  bad?: string[];
  good?: string[];
}

/** A rule as written in a policy file (every field optional so that a config can override a preset rule). */
export interface RuleConfig {
  severity?: Severity;
  phrases?: PhraseEntry[];
  /** Entity group the rule is about: an entity of that group must follow the phrase (or fill its `{entity}` slot). */
  about?: string;
  /** How many words may stand between the phrase and the entity that follows it (default 4). */
  window?: number;
  /** Match every word of the phrases in all its inflected forms (default true). */
  inflect?: boolean;
  /** Match the phrases' letter case exactly (default false), e.g. to catch "ChatGpt" but not "ChatGPT". */
  matchCase?: boolean;
  message?: string;
  prefer?: string[];
  fix?: string;
  reason?: string;
  source?: string;
  url?: string;
  examples?: RuleExamples;
}

/** A policy as written in a file, before `extends` is resolved. */
export interface PolicyConfig {
  $schema?: string;
  extends?: string | string[];
  entities?: Record<string, string[]>;
  allow?: string[];
  rules?: Record<string, RuleConfig | Severity>;
}

/** A policy with `extends` resolved and every rule complete. */
export interface Policy {
  entities: Record<string, string[]>;
  allow: string[];
  rules: Record<string, ResolvedRule>;
}

export interface ResolvedRule extends RuleConfig {
  severity: Severity;
  phrases: PhraseEntry[];
}

/** A proposed replacement of `[start, end)` by `text`. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion extends Replacement {
  /** The preferred phrasing this suggestion comes from, as written in the policy. */
  prefer: string;
}

export interface Finding {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  /** Offsets into the checked text (UTF-16 code units), `end` exclusive. */
  start: number;
  end: number;
  /** The exact source text at `[start, end)`. */
  actual: string;
  /** The entity the phrase is about, as written in the text (without a possessive). */
  entity?: string;
  /** The entity group of `entity`. */
  entityGroup?: string;
  message: string;
  /** The preferred phrasings, filled in for this finding (`{entity}` replaced). */
  expected: string[];
  suggestions: Suggestion[];
  /** A safe automatic fix, only where the policy declares one. */
  fix?: Replacement;
  reason?: string;
  source?: string;
  url?: string;
}
