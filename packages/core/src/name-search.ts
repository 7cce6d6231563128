/**
 * The first step of `mayMatch`: which entity names, and which names of phrases that need no entity, occur in a
 * text. Names are grouped by the first two letters of their first unit, lower-cased, and each group costs one indexOf
 * pass over the text lower-cased (once, natively) for the beginning its names share: the preset's 17 names take 6
 * passes. Only where a pass stops at a word start are the group's names compared, a cased name ("Open AI") in the
 * text as written at the same offset.
 *
 * (A regular expression would find every beginning in one pass, at about half the cost, but it would be built
 * from the policy's names, and redline builds no regular expression at run time (test/reliability/security.test.ts).)
 *
 * (A single pass in JavaScript over every code unit was tried: once optimized it is about as fast, but a linter
 * reads each file once, and until V8 has optimized such a loop it costs ~60 ns per code unit, several times the
 * whole native search on the first hundreds of files.)
 */
import type { EntityPattern } from './entities.js';
import { isTokenWordCodeUnit } from './words.js';

export interface SearchedName {
  /** Lower case, or as written for a cased name. */
  units: string[];
  tail: EntityPattern['tail'];
  cased: boolean;
  /** The entity group bit the name stands for, or 0 for a name of a phrase that needs no entity. */
  bit: number;
}

export interface NamesFound {
  /** Bits of the entity groups named. */
  entities: number;
  /** Whether a name of a phrase that needs no entity occurs. */
  noEntityName: boolean;
  /** The text lower-cased, when the search needed it. */
  lower: string | undefined;
}

/**
 * Longest stretch of non-word text (markup, punctuation) allowed between two units of a name, white space not
 * counted: the tokenizer reads any run of white space as one space, however long.
 */
const MAX_SEPARATOR = 32;

/** The offset after the separator starting at `at` (punctuation, white space, `<tags>`), or -1 if too long. */
function skipSeparator(text: string, at: number): number {
  let index = at;
  let length = 0;
  while (index < text.length && length <= MAX_SEPARATOR) {
    const code = text.charCodeAt(index);
    if (code === 60 /* < */) {
      const close = text.indexOf('>', index);
      if (close === -1 || close - index > MAX_SEPARATOR) return -1;
      length += close + 1 - index;
      index = close + 1;
    } else if (isTokenWordCodeUnit(text, index)) return index;
    else {
      if (!isWhiteSpace(code)) length++;
      index++;
    }
  }
  return -1;
}

function isWhiteSpace(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code));
}

const SPACE = /\s/;

/**
 * Where `name` ends when it stands at the word start `at` of `text` (lower-cased unless the name is cased), or -1: a
 * necessary condition for the tokenizer-level match in entities.ts. Every unit is checked ("open" must be followed
 * by "ai"), skipping what can stand between two words of a name.
 */
function endOf(text: string, at: number, name: SearchedName): number {
  const first = name.units[0] as string;
  if (!text.startsWith(first, at)) return -1;
  let end = at + first.length;
  for (let k = 1; k < name.units.length; k++) {
    const unit = name.units[k] as string;
    const next = skipSeparator(text, end);
    if (next <= end || !text.startsWith(unit, next)) return -1;
    end = next + unit.length;
  }
  const after = end < text.length && isTokenWordCodeUnit(text, end);
  if (name.tail === 'joined') return end + 1 < text.length && !after && !SPACE.test(text.charAt(end)) && isTokenWordCodeUnit(text, end + 1) ? end : -1;
  return name.tail === 'prefix' || !after ? end : -1;
}

/** An entity name found in a text: where it starts and ends, the bits of the groups it names, and whether it ends there exactly (no `*` tail). */
export interface NameOccurrence {
  start: number;
  end: number;
  bits: number;
  exact: boolean;
}

/** Names searched with one pass: their first units begin with `key`, in the text as written or lower-cased. */
interface Group {
  key: string;
  names: SearchedName[];
}

export class NameSearch {
  /** Every name, grouped by the lower-cased beginning of its first unit: one pass over the lower-cased text each. */
  private readonly groups: Group[];
  /** The cased names alone, grouped as written: searched in the text itself when lower-casing changed its length. */
  private readonly casedGroups: Group[];
  private readonly allEntities: number;
  private readonly hasNoEntityNames: boolean;

  constructor(names: SearchedName[]) {
    this.allEntities = names.reduce((bits, name) => bits | name.bit, 0);
    this.hasNoEntityNames = names.some((name) => name.bit === 0);
    this.groups = groupByBeginning(names, (unit) => unit.toLowerCase());
    this.casedGroups = groupByBeginning(
      names.filter((name) => name.cased),
      (unit) => unit,
    );
  }

  /** The names in `text`. With `stopAtNoEntityName`, it returns as soon as a name of a phrase without entity occurs. */
  find(text: string, stopAtNoEntityName: boolean): NamesFound {
    const found: NamesFound = { entities: 0, noEntityName: false, lower: undefined };
    const lower = text.toLowerCase();
    found.lower = lower;
    // Lower-casing keeps every offset unless a letter grew ("İ" becomes two code units): then cased names are
    // compared where they stand in the text, in passes of their own.
    const aligned = lower.length === text.length;
    const done = (): boolean => (found.noEntityName && stopAtNoEntityName) || (found.entities === this.allEntities && (found.noEntityName || !this.hasNoEntityNames));
    for (const group of this.groups) {
      if (group.names.every((name) => isFound(name, found) || (name.cased && !aligned))) continue;
      if (this.scanFor(lower, group, found, aligned ? text : undefined, done)) return found;
    }
    if (!aligned) {
      for (const group of this.casedGroups) {
        if (group.names.every((name) => isFound(name, found))) continue;
        if (this.scanFor(text, group, found, text, done)) return found;
      }
    }
    return found;
  }

  /**
   * Every occurrence of an entity name in `text` (`lower` is `text` lower-cased, of the same length), in order of
   * start. Names of phrases that need no entity are left out.
   */
  locate(lower: string): NameOccurrence[] {
    const found: NameOccurrence[] = [];
    for (const group of this.groups) {
      if (!group.names.some((name) => name.bit !== 0)) continue;
      for (let at = lower.indexOf(group.key); at !== -1; at = lower.indexOf(group.key, at + 1)) {
        if (at > 0 && isTokenWordCodeUnit(lower, at - 1)) continue;
        for (const name of group.names) {
          if (name.bit === 0) continue;
          // Entity names are never cased: the lower-cased text answers for them.
          const end = endOf(lower, at, name);
          if (end !== -1) found.push({ start: at, end, bits: name.bit, exact: name.tail === 'exact' });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * One pass over `haystack` for the group's beginning; cased names are compared in `text` (at the same offset), and
   * skipped without it. True once `done` says the search can stop.
   */
  private scanFor(haystack: string, group: Group, found: NamesFound, text: string | undefined, done: () => boolean): boolean {
    for (let at = haystack.indexOf(group.key); at !== -1; at = haystack.indexOf(group.key, at + 1)) {
      if (at > 0 && isTokenWordCodeUnit(haystack, at - 1)) continue;
      for (const name of group.names) {
        if (isFound(name, found)) continue;
        const written = name.cased ? text : haystack;
        if (written === undefined || endOf(written, at, name) === -1) continue;
        if (name.bit === 0) found.noEntityName = true;
        else found.entities |= name.bit;
      }
      if (done()) return true;
    }
    return false;
  }
}

/** Names grouped by the first two letters of their first unit (as `key` gives it), each group with its longest shared beginning. */
function groupByBeginning(names: SearchedName[], key: (unit: string) => string): Group[] {
  const byBeginning = new Map<string, SearchedName[]>();
  for (const name of names) {
    const id = key(name.units[0] as string).slice(0, 2);
    const group = byBeginning.get(id);
    if (group) group.push(name);
    else byBeginning.set(id, [name]);
  }
  // The longest beginning the names share: as fast a pass as two letters, with fewer stops.
  return [...byBeginning.values()].map((group) => ({ key: group.map((name) => key(name.units[0] as string)).reduce(commonBeginning), names: group }));
}

function commonBeginning(a: string, b: string): string {
  let length = 0;
  while (length < a.length && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return a.slice(0, length);
}

function isFound(name: SearchedName, found: NamesFound): boolean {
  return name.bit === 0 ? found.noEntityName : (found.entities & name.bit) === name.bit;
}
