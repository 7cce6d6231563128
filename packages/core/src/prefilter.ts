/**
 * The raw-text pre-check behind `mayMatch`: can this text produce any finding at all? It answers from tables
 * built at compile time (the words, or pairs of adjacent words, that every phrase needs, and the entity names),
 * so its cost depends on the length of the text and not on how many phrases the policy has. Adapters call it
 * before parsing anything.
 */
import type { CompiledRule, CompiledSequence, SequenceIndex } from './compile.js';
import type { EntityIndex, EntityPattern } from './entities.js';
import { NameSearch, type SearchedName } from './name-search.js';
import { NearbyCheck } from './nearby.js';
import type { WordAtom } from './phrase.js';
import { isTokenWordCodeUnit } from './words.js';

const NO_ENTITY = 1;
const MAX_GROUP_BITS = 30;
/** A phrase whose first two words have more form combinations than this is triggered by its first word alone. */
const MAX_PAIRS = 64;
/** Beyond this many names, phrases that need no entity are found by the word scan instead of the name search. */
const MAX_NO_ENTITY_NAMES = 64;

/** Word (or "word word" pair) → bit set of the classes whose phrases need it; lower case, or exact when cased. */
class TriggerTable {
  readonly keys = new Map<string, number>();
  /** Lower-case first words of the keys: a cheap test before building a key. */
  readonly firsts = new Set<string>();

  add(key: string, first: string, bit: number): void {
    this.keys.set(key, (this.keys.get(key) ?? 0) | bit);
    this.firsts.add(first);
  }
}

/**
 * The ASCII two-letter beginnings of every word a table knows, so the scan can pass over most words of a text
 * without cutting them out of it. A word that starts outside ASCII is always looked at.
 */
class Beginnings {
  private readonly seen = new Uint8Array(128 * 128);

  add(word: string): void {
    const a = word.charCodeAt(0);
    const b = word.length > 1 ? word.charCodeAt(1) : 0;
    if (a < 128 && b < 128) this.seen[(a << 7) | b] = 1;
  }

  /** Whether the word `lower[start, end)` may be one of the added words. */
  has(lower: string, start: number, end: number): boolean {
    const a = lower.charCodeAt(start);
    const b = end - start > 1 ? lower.charCodeAt(start + 1) : 0;
    return a >= 128 || b >= 128 || this.seen[(a << 7) | b] === 1;
  }
}

function formsOf(atom: WordAtom): string[] {
  return atom.cased === undefined ? [...atom.forms.keys()] : [atom.cased];
}

export class TriggerScanner {
  private readonly words = new TriggerTable();
  private readonly casedWords = new TriggerTable();
  private readonly pairs = new TriggerTable();
  private readonly casedPairs = new TriggerTable();
  private readonly beginnings = new Beginnings();
  /** Classes with a phrase that has no word at all (only an entity): the entity itself is their trigger. */
  private entityOnly = 0;
  /** Every class in use. */
  private classes = 0;
  /**
   * The triggers of phrases that need no entity (spellings, say), as names for the name search: a text that
   * names no entity is then answered without being split into words. Undefined once there are too many.
   */
  private noEntityNames: { units: string[]; cased: boolean }[] | undefined = [];
  private readonly groupBits = new Map<string, number>();
  private readonly patterns: EntityPattern[];
  /** Built on the first `mayMatch`, once every sequence has been added. */
  private nameSearch: NameSearch | undefined;
  /** Classes each single trigger word (its exact spelling, or its forms map) was added for. */
  private readonly addedWords = new Map<string | ReadonlyMap<string, string>, number>();
  private readonly nearby: NearbyCheck;

  /** `sequences`, `allow` and `rules` are the policy's, filled as it compiles; the closer look reads them. */
  constructor(entities: EntityIndex, sequences: SequenceIndex, allow: SequenceIndex, rules: CompiledRule[]) {
    // "Open AI" and "Open-AI" are one search: patterns that differ only in how they were written are merged.
    const unique = new Map<string, EntityPattern>();
    for (const pattern of [...[...entities.byFirstUnit.values()].flat(), ...entities.prefixes]) {
      unique.set(`${pattern.group}\u0000${pattern.tail}\u0000${pattern.units.join('\u0000')}`, pattern);
    }
    this.patterns = [...unique.values()];
    let bit = 2;
    for (const group of entities.groups) {
      // Beyond 30 groups, fall back to the conservative class that needs no entity.
      this.groupBits.set(group, this.groupBits.size < MAX_GROUP_BITS ? bit : NO_ENTITY);
      bit <<= 1;
    }
    this.nearby = new NearbyCheck(sequences, allow, rules, (group) => (group === undefined ? NO_ENTITY : (this.groupBits.get(group) ?? NO_ENTITY)));
  }

  /** Bit of the class a sequence belongs to: the group it needs an entity of, or NO_ENTITY. */
  private classOf(sequence: CompiledSequence, about: string | undefined): number {
    const slot = sequence.atoms.find((atom) => atom.kind === 'entity');
    const group = slot?.kind === 'entity' ? slot.group : sequence.needsFollowingEntity ? about : undefined;
    return group === undefined ? NO_ENTITY : (this.groupBits.get(group) ?? NO_ENTITY);
  }

  /**
   * Every atom of an expanded sequence is required, so its first two adjacent words (or its first word) are a
   * necessary trigger. Pairs matter: "Open AI" would otherwise pass every text that says "open".
   */
  addSequence(sequence: CompiledSequence, about: string | undefined): void {
    const bit = this.classOf(sequence, about);
    this.classes |= bit;
    const at = sequence.atoms.findIndex((atom) => atom.kind === 'word');
    const first = sequence.atoms[at];
    if (first?.kind !== 'word') {
      this.entityOnly |= bit;
      return;
    }
    const second = sequence.atoms[at + 1];
    const cased = first.cased !== undefined || (second?.kind === 'word' && second.cased !== undefined);
    // Pairs only for phrases that need no entity ("Open AI"): for the others the entity is the strong filter, and a
    // pair read from raw text could be split by inline HTML that the Markdown scope reads through.
    if (bit === NO_ENTITY && second?.kind === 'word' && first.forms.size * second.forms.size <= MAX_PAIRS) {
      const table = cased ? this.casedPairs : this.pairs;
      for (const a of formsOf(first)) for (const b of formsOf(second)) table.add(`${a} ${b}`, a.toLowerCase(), bit);
      for (const b of formsOf(second)) this.beginnings.add(b.toLowerCase());
      if (bit === NO_ENTITY) for (const a of formsOf(first)) for (const b of formsOf(second)) this.addNoEntityName([a, b], cased);
    } else {
      // Phrases of a large policy share their first words (and their forms maps): each is added once per class.
      const word = first.cased ?? first.forms;
      const added = this.addedWords.get(word) ?? 0;
      if ((added & bit) === bit) return;
      this.addedWords.set(word, added | bit);
      const table = first.cased !== undefined ? this.casedWords : this.words;
      for (const form of formsOf(first)) table.add(form, form.toLowerCase(), bit);
      if (bit === NO_ENTITY) for (const form of formsOf(first)) this.addNoEntityName([form], first.cased !== undefined);
    }
    for (const a of formsOf(first)) this.beginnings.add(a.toLowerCase());
  }

  private addNoEntityName(units: string[], cased: boolean): void {
    if (!this.noEntityNames) return;
    const name = { units: cased ? units : units.map((unit) => unit.toLowerCase()), cased };
    const same = (other: { units: string[]; cased: boolean }): boolean => other.cased === name.cased && other.units.join(' ') === name.units.join(' ');
    if (this.noEntityNames.some(same)) return;
    if (this.noEntityNames.length >= MAX_NO_ENTITY_NAMES) this.noEntityNames = undefined;
    else this.noEntityNames.push(name);
  }

  /**
   * The names searched in every text: the entity names (a text that names no entity is rejected without splitting it
   * into words; every unit of a name is checked, "open" must be followed by "ai", skipping what can stand between
   * two words of a name: punctuation, white space, markup) and the triggers of phrases that need no entity.
   */
  private names(): NameSearch {
    if (!this.nameSearch) {
      const names: SearchedName[] = [];
      for (const pattern of this.patterns) {
        const bit = this.groupBits.get(pattern.group);
        if (bit !== undefined) names.push({ units: pattern.units, tail: pattern.tail, cased: false, bit });
      }
      for (const name of this.noEntityNames ?? []) names.push({ units: name.units, tail: 'exact', cased: name.cased, bit: 0 });
      this.nameSearch = new NameSearch(names);
    }
    return this.nameSearch;
  }

  /**
   * False only when no phrase of the policy can match anywhere in `text`. Names and trigger words are looked for
   * first; when both occur, the phrases that need an entity are matched loosely near each name (nearby.ts), unless
   * `nearby` is false.
   */
  mayMatch(text: string, nearby = true): boolean {
    if (this.classes === 0) return false;
    const needsNoEntity = (this.classes & NO_ENTITY) !== 0;
    const names = this.names();
    const found = names.find(text, needsNoEntity && this.noEntityNames !== undefined);
    // Whether a phrase that needs no entity may match: true, false, or undefined when only a word scan can tell.
    const noEntity = needsNoEntity ? (this.noEntityNames ? found.noEntityName : undefined) : false;
    if (noEntity === true) return true;
    const entities = found.entities;
    // Without an entity, only phrases that need none can match, and their names have answered for them.
    if ((entities & this.classes) === 0 && noEntity === false) return false;
    if (this.satisfied(0, entities)) return true;
    const lower = found.lower ?? text.toLowerCase();
    const triggered = this.wordsTrigger(text, lower, entities, nearby && noEntity === undefined);
    if ((triggered & NO_ENTITY) !== 0) return true;
    if (!this.satisfied(triggered, entities)) return false;
    if (!nearby) return true;
    // Lower-casing changed a length (rare letters such as "İ"): offsets no longer line up, so no closer look.
    if (lower.length !== text.length) return true;
    return this.nearby.mayMatch(text, lower, names.locate(lower), entities);
  }

  /**
   * The classes whose trigger words (or pairs of them) occur in `text`, given the entity groups it names. The scan
   * stops at the first that can match, unless `untilNoEntity`: then only a phrase that needs no entity stops it.
   */
  private wordsTrigger(text: string, lower: string, entities: number, untilNoEntity: boolean): number {
    // Exact-case keys are read from the original text, which lines up with `lower` unless lower-casing changed
    // a length (rare letters such as "İ"); then the lower-case word stands in, which only lets more text through.
    const original = lower.length === text.length ? text : lower;
    let triggered = 0;
    let start = -1;
    let previous = '';
    let previousExact = '';
    for (let i = 0; i <= lower.length; i++) {
      if (i < lower.length && isTokenWordCodeUnit(lower, i)) {
        if (start === -1) start = i;
        continue;
      }
      if (start === -1) continue;
      if (!this.beginnings.has(lower, start, i)) {
        // Neither a trigger nor the first of a pair: most words of any text end here, uncut.
        start = -1;
        previous = '';
        continue;
      }
      const word = lower.slice(start, i);
      const exact = this.casedWords.firsts.has(word) || this.casedPairs.firsts.has(word) || this.casedPairs.firsts.has(previous) ? original.slice(start, i) : word;
      start = -1;
      triggered |= this.words.keys.get(word) ?? 0;
      if (this.casedWords.firsts.has(word)) triggered |= this.casedWords.keys.get(exact) ?? 0;
      if (this.pairs.firsts.has(previous)) triggered |= this.pairs.keys.get(`${previous} ${word}`) ?? 0;
      if (this.casedPairs.firsts.has(previous)) triggered |= this.casedPairs.keys.get(`${previousExact} ${exact}`) ?? 0;
      if ((triggered & NO_ENTITY) !== 0 || (!untilNoEntity && this.satisfied(triggered, entities))) return triggered;
      previous = word;
      previousExact = exact;
    }
    return triggered;
  }

  private satisfied(triggered: number, entities: number): boolean {
    if ((triggered & NO_ENTITY) !== 0) return true;
    const started = triggered | (this.entityOnly & entities);
    return (started & entities & ~NO_ENTITY) !== 0;
  }
}
