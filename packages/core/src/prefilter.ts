/**
 * The raw-text pre-check behind `mayMatch`: can this text produce any finding at all? It answers from two
 * word sets built at compile time (the words that can start a phrase, and the first words of entity names),
 * so its cost depends on the length of the text and not on how many phrases the policy has. Adapters call it
 * before parsing anything.
 */
import type { CompiledSequence } from './compile.js';
import type { EntityIndex } from './entities.js';
import { isWordCodeUnit } from './words.js';

const NO_ENTITY = 1;
const MAX_GROUP_BITS = 30;

export class TriggerScanner {
  /** Word → bit set of the classes (NO_ENTITY or an entity group) whose phrases it can start. */
  private readonly triggers = new Map<string, number>();
  /** Classes with a phrase that starts with an entity slot: the entity itself is their trigger. */
  private entityStarts = 0;
  /** Every class in use. */
  private classes = 0;
  private readonly groupBits = new Map<string, number>();

  constructor(private readonly entities: EntityIndex) {
    let bit = 2;
    for (const group of entities.groups) {
      // Beyond 30 groups, fall back to the conservative class that is always scanned in full.
      this.groupBits.set(group, this.groupBits.size < MAX_GROUP_BITS ? bit : NO_ENTITY);
      bit <<= 1;
    }
  }

  /** Bit of the class a sequence belongs to: the group it needs an entity of, or NO_ENTITY. */
  private classOf(sequence: CompiledSequence, about: string | undefined): number {
    const slot = sequence.atoms.find((atom) => atom.kind === 'entity');
    const group = slot?.kind === 'entity' ? slot.group : sequence.needsFollowingEntity ? about : undefined;
    return group === undefined ? NO_ENTITY : (this.groupBits.get(group) ?? NO_ENTITY);
  }

  addSequence(sequence: CompiledSequence, about: string | undefined): void {
    const bit = this.classOf(sequence, about);
    this.classes |= bit;
    // Every atom of an expanded sequence is required, so any of its words is a trigger; the first word (not an
    // entity slot) keeps "{entity} API" from passing every text that merely names the entity.
    const word = sequence.atoms.find((atom) => atom.kind === 'word');
    if (word?.kind === 'word') {
      for (const form of word.forms.keys()) this.triggers.set(form, (this.triggers.get(form) ?? 0) | bit);
    } else {
      this.entityStarts |= bit;
    }
  }

  private entityBits(word: string): number {
    let bits = 0;
    for (const pattern of this.entities.byFirstUnit.get(word) ?? []) bits |= this.groupBits.get(pattern.group) ?? 0;
    for (const pattern of this.entities.prefixes) {
      if (word.startsWith(pattern.units[0] as string)) bits |= this.groupBits.get(pattern.group) ?? 0;
    }
    return bits;
  }

  /**
   * Entity groups named anywhere in `lower`, found with indexOf per entity first word (a handful), so a text that
   * never names an entity is rejected without splitting it into words.
   */
  private entityGroupsIn(lower: string): number {
    let bits = 0;
    const check = (key: string, bit: number, prefix: boolean): void => {
      if ((bits & bit) === bit) return;
      for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
        if (at > 0 && isWordCodeUnit(lower, at - 1)) continue;
        if (!prefix && at + key.length < lower.length && isWordCodeUnit(lower, at + key.length)) continue;
        bits |= bit;
        return;
      }
    };
    for (const [key, patterns] of this.entities.byFirstUnit) {
      for (const pattern of patterns) check(key, this.groupBits.get(pattern.group) ?? 0, false);
    }
    for (const pattern of this.entities.prefixes) check(pattern.units[0] as string, this.groupBits.get(pattern.group) ?? 0, true);
    return bits;
  }

  /** False only when no phrase of the policy can match anywhere in `text`. */
  mayMatch(text: string): boolean {
    if (this.classes === 0) return false;
    const lower = text.toLowerCase();
    const needsEntity = (this.classes & NO_ENTITY) === 0;
    const seenEntities = needsEntity ? this.entityGroupsIn(lower) : 0;
    if (needsEntity && (seenEntities & this.classes) === 0) return false;
    let triggered = 0;
    let entities = seenEntities;
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const inWord = i < lower.length && isWordCodeUnit(lower, i);
      if (inWord) {
        if (start === -1) start = i;
        continue;
      }
      if (start === -1) continue;
      const word = lower.slice(start, i);
      start = -1;
      triggered |= this.triggers.get(word) ?? 0;
      if (!needsEntity) entities |= this.entityBits(word);
      if (this.satisfied(triggered, entities)) return true;
    }
    return this.satisfied(triggered, entities);
  }

  private satisfied(triggered: number, entities: number): boolean {
    if ((triggered & NO_ENTITY) !== 0) return true;
    const started = triggered | (this.entityStarts & entities);
    return (started & entities & ~NO_ENTITY) !== 0;
  }
}
