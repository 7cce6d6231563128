/**
 * The matcher: finds every rule's phrases in nlcst sentences. For each unit it looks up the sequences that can
 * start there (one map lookup), then walks each candidate atom by atom. Gaps and entity windows are bounded by
 * small constants, so the work per unit is bounded and the whole check is linear in the text.
 */
import type { Parent } from 'unist';
import { createEnglishParser } from './english.js';
import type { CompiledPolicy, CompiledSequence, SequenceIndex } from './compile.js';
import type { EntityMatch } from './entities.js';
import { Sep, sentenceUnits, type Unit } from './tokens.js';
import { matchStats } from './stats.js';
import { buildFinding, SentenceText } from './suggest.js';
import type { Finding } from './types.js';

/**
 * Words that end an entity window: the clause has moved on ("calls on customers to renew their ChatGPT plan"), or
 * the entity is an instrument, not the object ("sales calls with ChatGPT", "access to reports written by OpenAI").
 */
const WINDOW_STOP_WORDS = new Set(
  'to that which who whom whose where when while because since unless if but so then than about for like unlike except besides without versus vs instead rather with using by alongside'.split(' '),
);

export interface Match {
  sequence: CompiledSequence;
  /** First and last unit of the phrase's own words (inclusive). */
  first: number;
  last: number;
  entity: EntityMatch | undefined;
  /** Whether the entity filled a slot of the phrase (true) or followed it within the window (false). */
  entityInSlot: boolean;
}

interface MatchState {
  entity: EntityMatch | undefined;
  last: number;
  /** Units where an allowed phrasing that starts with an entity begins. */
  readonly modifiers: Uint8Array;
}

/** Words that deny what follows: "is never sent to OpenAI", "does not call ChatGPT", "doesn't call it". */
const NEGATIONS = new Set(['not', 'never', 'no', 'cannot', 'nor', 'without']);
const NEGATION_REACH = 3;

/**
 * Whether unit `index` denies: a negation written as a word of its own (the "no" of "no-code" is part of an
 * adjective), or the "t" of "n't".
 */
function isNegation(units: Unit[], index: number): boolean {
  const unit = units[index] as Unit;
  if (unit.sep === Sep.Join) return unit.lower === 't';
  return NEGATIONS.has(unit.lower) && units[index + 1]?.sep !== Sep.Join;
}

/**
 * Whether the phrase matched at units `first`..`last` is denied: a negation within a few words before it, in the
 * same clause, or one that a gap of the phrase took in ("can't access", "will never access"). A negation the
 * phrase itself names is part of its wording.
 */
function negated(units: Unit[], first: number, last: number, sequence: CompiledSequence): boolean {
  for (let index = first + 1; index <= last; index++) {
    if (isNegation(units, index) && !namesWord(sequence, (units[index] as Unit).lower)) return true;
  }
  const firstWord = (units[first] as Unit).word;
  for (let index = first - 1; index >= 0; index--) {
    const unit = units[index] as Unit;
    if (firstWord - unit.word > NEGATION_REACH) return false;
    // The unit after this one tells whether a clause boundary stands between them.
    if ((units[index + 1] as Unit).sep >= Sep.Soft) return false;
    if (isNegation(units, index)) return true;
  }
  return false;
}

function namesWord(sequence: CompiledSequence, lower: string): boolean {
  return sequence.atoms.some((atom) => atom.kind === 'word' && atom.forms.has(lower));
}

export { matchStats };

/** The unit index after skipping `count` whole words from unit `from`, or -1 if a break stands in the way. */
function skipWords(units: Unit[], from: number, count: number): number {
  let index = from;
  for (let k = 0; k < count; k++) {
    const unit = units[index];
    if (!unit || unit.sep > Sep.Space) return -1;
    const word = unit.word;
    while (units[index]?.word === word) index++;
  }
  return index;
}

function matchAtoms(
  units: Unit[],
  atomIndex: number,
  unitIndex: number,
  sequence: CompiledSequence,
  compiled: CompiledPolicy,
  state: MatchState,
): boolean {
  matchStats.steps++;
  const atom = sequence.atoms[atomIndex];
  if (!atom) return true;
  const unit = units[unitIndex];
  if (!unit) return false;
  if (atomIndex > 0 && atom.kind !== 'gap' && unit.sep > Sep.Space) return false;
  switch (atom.kind) {
    case 'word':
      if (atomIndex > 0 && (unit.sep === Sep.Join) !== atom.joined) return false;
      if (!atom.forms.has(unit.lower) || (atom.cased !== undefined && atom.cased !== unit.text)) return false;
      state.last = unitIndex;
      return matchAtoms(units, atomIndex + 1, unitIndex + 1, sequence, compiled, state);
    case 'entity': {
      // A phrase writes its entity apart from the word before it: "calls-OpenAI" (a slug, an id) is not "calls OpenAI".
      if (atomIndex > 0 && unit.sep === Sep.Join) return false;
      const entity = compiled.entities.matchAt(units, unitIndex, atom.group);
      // An entity that opens an allowed phrasing is a modifier ("OpenAI-compatible endpoint"), not the partner.
      if (!entity || state.modifiers[entity.first] === 1) return false;
      // Before a word written joined to it ("{openai}-powered"), a joined name may end sooner than it could:
      // "GPT-4o-powered" is "GPT-4o" + "powered".
      const next = sequence.atoms[atomIndex + 1];
      const ends = next?.kind === 'word' && next.joined ? compiled.entities.endsAt(units, unitIndex, entity.group) : [entity.last];
      for (const last of ends) {
        state.entity = last === entity.last ? entity : { ...entity, last };
        state.last = last;
        if (matchAtoms(units, atomIndex + 1, last + 1, sequence, compiled, state)) return true;
      }
      return false;
    }
    case 'gap':
      for (let count = atom.min; count <= atom.max; count++) {
        const next = skipWords(units, unitIndex, count);
        if (next === -1) return false;
        const { entity, last } = state;
        if (matchAtoms(units, atomIndex + 1, next, sequence, compiled, state)) return true;
        state.entity = entity;
        state.last = last;
      }
      return false;
  }
}

/** The entity of `group` that follows unit `after` within `window` words, if no break, stop word or allowed phrase comes first. */
function entityAfter(units: Unit[], after: number, group: string, window: number, compiled: CompiledPolicy, allowed: Uint8Array): EntityMatch | undefined {
  const fromWord = (units[after] as Unit).word;
  for (let index = after + 1; index < units.length; index++) {
    matchStats.steps++;
    const unit = units[index] as Unit;
    if (unit.sep === Sep.Break || allowed[index] === 1) return undefined;
    // Joined to the phrase's last word ("calls-OpenAI"), the name is part of one compound, not what it names.
    if (index === after + 1 && unit.sep === Sep.Join) return undefined;
    if (unit.word - fromWord - 1 > window) return undefined;
    const entity = compiled.entities.matchAt(units, index, group);
    if (entity) return entity;
    if (unit.sep !== Sep.Join && WINDOW_STOP_WORDS.has(unit.lower)) return undefined;
  }
  return undefined;
}

/** Every match of the sequences of `index` in one sentence, before any filtering. */
function findMatches(units: Unit[], index: SequenceIndex, compiled: CompiledPolicy, allowed: Uint8Array, modifiers: Uint8Array): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const candidates = index.byWord.get(unit.lower);
    if (candidates) for (const sequence of candidates) tryAt(i, sequence);
    if (index.byEntityGroup.size > 0) {
      for (const [group, sequences] of index.byEntityGroup) {
        if (!compiled.entities.matchAt(units, i, group)) continue;
        for (const sequence of sequences) tryAt(i, sequence);
      }
    }
  }
  return matches;

  function tryAt(first: number, sequence: CompiledSequence): void {
    const state: MatchState = { entity: undefined, last: first, modifiers };
    if (!matchAtoms(units, 0, first, sequence, compiled, state)) return;
    let entity = state.entity;
    const entityInSlot = entity !== undefined;
    // A denied claim about the partner ("your data is never sent to OpenAI") is not the claim.
    if ((entityInSlot || sequence.needsFollowingEntity) && negated(units, first, state.last, sequence)) return;
    if (sequence.needsFollowingEntity) {
      const rule = compiled.rules[sequence.rule];
      if (!rule?.about) return;
      entity = entityAfter(units, state.last, rule.about, rule.window, compiled, allowed);
      if (!entity) return;
    }
    matches.push({ sequence, first, last: state.last, entity, entityInSlot });
  }
}

/** Keep, per rule, the earliest and then longest match; drop matches that overlap a kept one of the same rule. */
function selectMatches(matches: Match[], allowed: Uint8Array): Match[] {
  const kept: Match[] = [];
  const sorted = matches
    .filter((match) => !insideAllowed(match, allowed))
    .sort((a, b) => a.sequence.rule - b.sequence.rule || a.first - b.first || spanEnd(b) - spanEnd(a));
  let lastRule = -1;
  let lastEnd = -1;
  for (const match of sorted) {
    if (match.sequence.rule !== lastRule) {
      lastRule = match.sequence.rule;
      lastEnd = -1;
    }
    if (match.first <= lastEnd) continue;
    kept.push(match);
    lastEnd = spanEnd(match);
  }
  return kept;
}

function spanEnd(match: Match): number {
  return Math.max(match.last, match.entity?.last ?? -1);
}

/** An entity claim made entirely inside an allowed phrasing is not a finding; rules without an entity (spelling) still apply. */
function insideAllowed(match: Match, allowed: Uint8Array): boolean {
  if (!match.entity) return false;
  for (let i = match.first; i <= match.last; i++) if (allowed[i] !== 1) return false;
  return true;
}

interface Leaf {
  type: string;
  value?: string;
  children?: Leaf[];
  position?: Parent['position'];
}

/** Every sentence in an nlcst tree (a root, a paragraph, or a sentence itself). */
function collectSentences(node: Leaf, out: Leaf[]): void {
  if (node.type === 'SentenceNode') {
    out.push(node);
    return;
  }
  if (node.type === 'SourceNode') return;
  for (const child of node.children ?? []) collectSentences(child, out);
}

/**
 * Check an nlcst tree. `source` is the text the tree's offsets point into (the Markdown file for remark, the
 * string for checkText): findings quote it, and edits are only proposed where it holds plain words.
 */
export function checkTree(tree: Parent, compiled: CompiledPolicy, source: string): Finding[] {
  const findings: Finding[] = [];
  if (compiled.rules.length === 0) return findings;
  const sentences: Leaf[] = [];
  collectSentences(tree as Leaf, sentences);
  for (const sentence of sentences) {
    const units = sentenceUnits(sentence as Parent);
    if (units.length === 0) continue;
    const allowed = new Uint8Array(units.length);
    const modifiers = new Uint8Array(units.length);
    if (compiled.allow.size > 0) {
      for (const match of findMatches(units, compiled.allow, compiled, allowed, modifiers)) {
        allowed.fill(1, match.first, spanEnd(match) + 1);
        if (match.sequence.atoms[0]?.kind === 'entity') modifiers[match.first] = 1;
      }
    }
    const matches = findMatches(units, compiled.sequences, compiled, allowed, modifiers);
    if (matches.length === 0) continue;
    const text = new SentenceText(sentence, units, source);
    for (const match of selectMatches(matches, allowed)) findings.push(buildFinding(match, compiled, text));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

let parser: ReturnType<typeof createEnglishParser> | undefined;

/** Parse plain text with parse-english (the tokenizer of retext-english) and check it. */
export function checkText(text: string, compiled: CompiledPolicy): Finding[] {
  if (!compiled.scanner.mayMatch(text)) return [];
  parser ??= createEnglishParser();
  return checkTree(parser.parse(text) as Parent, compiled, text);
}

/** Options of `mayMatch`. */
export interface MayMatchOptions {
  /**
   * Whether to match phrases loosely near each name when the text names an entity and holds a trigger word
   * (default true). `false` answers from names and words alone: cheaper on a whole source file, where names stand
   * near trigger words anyway and each string is asked again.
   */
  nearby?: boolean;
}

/** False when no phrase of the policy can match anywhere in `text`: adapters skip parsing such text. */
export function mayMatch(text: string, compiled: CompiledPolicy, options: MayMatchOptions = {}): boolean {
  return compiled.scanner.mayMatch(text, options.nearby ?? true);
}
