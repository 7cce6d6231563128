/**
 * The first step of `mayMatch`: which entity names, and which names of phrases that need no entity, occur in a
 * text. Names are grouped by the first two letters of their first unit, and each group costs one indexOf pass over
 * the text for the beginning its names share (lower-cased once, natively; cased names search the text as written):
 * the preset's 17 names take 8 passes. Only where a pass stops at a word start are the group's names compared.
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

/** Longest stretch of non-word text (markup, punctuation, white space) allowed between two units of a name. */
const MAX_SEPARATOR = 32;

/** The offset after the separator starting at `at` (punctuation, white space, `<tags>`), or -1 if too long. */
function skipSeparator(text: string, at: number): number {
  let index = at;
  while (index < text.length && index - at <= MAX_SEPARATOR) {
    if (text.charCodeAt(index) === 60 /* < */) {
      const close = text.indexOf('>', index);
      if (close === -1 || close - index > MAX_SEPARATOR) return -1;
      index = close + 1;
    } else if (isTokenWordCodeUnit(text, index)) return index;
    else index++;
  }
  return -1;
}

const SPACE = /\s/;

/**
 * Whether `name` stands at the word start `at` of `text` (lower-cased unless the name is cased): a necessary
 * condition for the tokenizer-level match in entities.ts. Every unit is checked ("open" must be followed by "ai"),
 * skipping what can stand between two words of a name.
 */
function occursAt(text: string, at: number, name: SearchedName): boolean {
  const first = name.units[0] as string;
  if (!text.startsWith(first, at)) return false;
  let end = at + first.length;
  for (let k = 1; k < name.units.length; k++) {
    const unit = name.units[k] as string;
    const next = skipSeparator(text, end);
    if (next <= end || !text.startsWith(unit, next)) return false;
    end = next + unit.length;
  }
  const after = end < text.length && isTokenWordCodeUnit(text, end);
  if (name.tail === 'joined') return end + 1 < text.length && !after && !SPACE.test(text.charAt(end)) && isTokenWordCodeUnit(text, end + 1);
  return name.tail === 'prefix' || !after;
}

/** Names searched with one pass: their first units begin with `key`, in the text as written or lower-cased. */
interface Group {
  key: string;
  cased: boolean;
  names: SearchedName[];
}

export class NameSearch {
  private readonly groups: Group[] = [];
  private readonly allEntities: number;
  private readonly hasNoEntityNames: boolean;

  constructor(names: SearchedName[]) {
    this.allEntities = names.reduce((bits, name) => bits | name.bit, 0);
    this.hasNoEntityNames = names.some((name) => name.bit === 0);
    const byBeginning = new Map<string, SearchedName[]>();
    for (const name of names) {
      const id = `${name.cased ? '=' : ''}${(name.units[0] as string).slice(0, 2)}`;
      const group = byBeginning.get(id);
      if (group) group.push(name);
      else byBeginning.set(id, [name]);
    }
    for (const group of byBeginning.values()) {
      // The longest beginning the names share: as fast a pass as two letters, with fewer stops.
      const key = group.map((name) => name.units[0] as string).reduce(commonBeginning);
      this.groups.push({ key, cased: (group[0] as SearchedName).cased, names: group });
    }
    // Cased names first: they need no lower-cased copy, and one of them can end the search.
    this.groups.sort((a, b) => Number(b.cased) - Number(a.cased));
  }

  /** The names in `text`. With `stopAtNoEntityName`, it returns as soon as a name of a phrase without entity occurs. */
  find(text: string, stopAtNoEntityName: boolean): NamesFound {
    const found: NamesFound = { entities: 0, noEntityName: false, lower: undefined };
    for (const group of this.groups) {
      if (group.names.every((name) => isFound(name, found))) continue;
      const haystack = group.cased ? text : (found.lower ??= text.toLowerCase());
      for (let at = haystack.indexOf(group.key); at !== -1; at = haystack.indexOf(group.key, at + 1)) {
        if (at > 0 && isTokenWordCodeUnit(haystack, at - 1)) continue;
        for (const name of group.names) {
          if (isFound(name, found) || !occursAt(haystack, at, name)) continue;
          if (name.bit === 0) found.noEntityName = true;
          else found.entities |= name.bit;
        }
        if (found.noEntityName && stopAtNoEntityName) return found;
        if (found.entities === this.allEntities && (found.noEntityName || !this.hasNoEntityNames)) return found;
      }
    }
    return found;
  }
}

function commonBeginning(a: string, b: string): string {
  let length = 0;
  while (length < a.length && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return a.slice(0, length);
}

function isFound(name: SearchedName, found: NamesFound): boolean {
  return name.bit === 0 ? found.noEntityName : (found.entities & name.bit) === name.bit;
}
