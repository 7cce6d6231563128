/**
 * The first step of `mayMatch`: which entity names, and which names of phrases that need no entity, occur in a
 * text. Names are grouped by the first two letters of their first unit; one case-insensitive pass over the text as
 * written finds every place where a group's beginning starts a word, and only there are the group's names compared
 * (on a lower-cased copy of the few characters a name can span, or on the text as written for a cased name).
 *
 * The pass is a regular expression built by redline from the literal beginnings, escaped: an alternation of a few
 * short literals, never a pattern from the policy. It replaced lower-casing each text and one indexOf pass per group
 * (8 for the preset), which cost twice as much and made a copy of every text. (A single pass in JavaScript over
 * every code unit was tried too: once optimized it is about as fast, but a linter reads each file once, and until
 * V8 has optimized such a loop it costs ~60 ns per code unit.)
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

/** Names whose first units begin with `key` (lower case, or as written for cased names). */
interface Group {
  key: string;
  cased: boolean;
  names: SearchedName[];
}

/**
 * How far past its start a name can reach in `occursAt`: its units, what `skipSeparator` may read between two of
 * them (up to MAX_SEPARATOR characters, then a tag of as many), and the two characters after it.
 */
function spanOf(name: SearchedName): number {
  const units = name.units.reduce((length, unit) => length + unit.length, 0);
  return units + (name.units.length - 1) * (2 * MAX_SEPARATOR + 4) + 4;
}

/**
 * The regular-expression source matching `key` in any letter case: `u` and `i` fold case as `toLowerCase` does,
 * except for "İ", whose lower case is two code units ("i" and a combining dot): it is matched wherever an "i" is.
 */
function caseFreeSource(key: string): string {
  let source = '';
  for (let index = 0; index < key.length; index++) {
    const char = key.charAt(index);
    if (char === 'i' && key.charAt(index + 1) === '\u0307') {
      source += '(?:i\u0307|\u0130)';
      index++;
    } else if (char === 'i') source += '[i\u0130]';
    else source += char.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&');
  }
  return source;
}

export class NameSearch {
  private readonly groups: Group[] = [];
  private readonly allEntities: number;
  private readonly hasNoEntityNames: boolean;
  /** Every group's beginning, in any case. */
  private readonly beginnings: RegExp;
  /** How many characters after a beginning the names can reach. */
  private readonly span: number;

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
      // The longest beginning the names share: fewer stops than two letters.
      const key = group.map((name) => name.units[0] as string).reduce(commonBeginning);
      this.groups.push({ key, cased: (group[0] as SearchedName).cased, names: group });
    }
    const sources = new Set(this.groups.map((group) => caseFreeSource(group.key.toLowerCase())));
    this.beginnings = new RegExp([...sources].join('|') || '(?!)', 'giu');
    this.span = Math.max(0, ...names.map(spanOf));
  }

  /** The names in `text`. With `stopAtNoEntityName`, it returns as soon as a name of a phrase without entity occurs. */
  find(text: string, stopAtNoEntityName: boolean): NamesFound {
    const found: NamesFound = { entities: 0, noEntityName: false };
    const beginnings = this.beginnings;
    beginnings.lastIndex = 0;
    for (let match = beginnings.exec(text); match !== null; match = beginnings.exec(text)) {
      const at = match.index;
      // Beginnings may overlap ("ab" in "aab" after "aa"): the next search starts one character on.
      beginnings.lastIndex = at + 1;
      if (at > 0 && isTokenWordCodeUnit(text, at - 1)) continue;
      let lower: string | undefined;
      for (const group of this.groups) {
        let haystack = text;
        let start = at;
        if (!group.cased) {
          haystack = lower ??= text.slice(at, at + this.span).toLowerCase();
          start = 0;
        }
        if (!haystack.startsWith(group.key, start)) continue;
        for (const name of group.names) {
          if (isFound(name, found) || !occursAt(haystack, start, name)) continue;
          if (name.bit === 0) found.noEntityName = true;
          else found.entities |= name.bit;
        }
      }
      if (found.noEntityName && stopAtNoEntityName) return found;
      if (found.entities === this.allEntities && (found.noEntityName || !this.hasNoEntityNames)) return found;
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
