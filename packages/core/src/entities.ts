/**
 * Entity names ("OpenAI", "Open AI", "GPT-*") compiled into unit patterns, and the matching of a pattern at a
 * unit of a sentence. Matching is case-insensitive; a possessive ("OpenAI's") and a hyphenated compound
 * ("OpenAI-powered") are understood because units, not words, are compared.
 */
import { PolicyError } from './errors.js';
import { Sep, type Unit } from './tokens.js';
import { splitUnits } from './words.js';

export interface EntityPattern {
  group: string;
  /** The name as written in the policy. */
  name: string;
  units: string[];
  /**
   * `exact`: the units and nothing more; `joined` ("GPT-*"): one or more further units joined to the last one
   * inside the same word; `prefix` ("GPT*"): the last unit only needs to start with the written text.
   */
  tail: 'exact' | 'joined' | 'prefix';
}

export function compileEntityName(group: string, name: string, path: (string | number)[]): EntityPattern {
  let body = name.trim();
  let tail: EntityPattern['tail'] = 'exact';
  if (body.endsWith('*')) {
    body = body.slice(0, -1);
    const joined = /[-\u2010\u2011.\u00B7_]$/.test(body);
    tail = joined ? 'joined' : 'prefix';
    if (joined) body = body.slice(0, -1);
  }
  if (body.includes('*')) throw new PolicyError(`entity "${name}": "*" may only end a name`, path);
  const units = splitUnits(body);
  if (units.length === 0) throw new PolicyError(`entity "${name}" has no letters or digits`, path);
  return { group, name, units, tail };
}

export interface EntityMatch {
  group: string;
  /** First and last unit index (inclusive) of the entity. */
  first: number;
  last: number;
}

function matchPattern(units: Unit[], index: number, pattern: EntityPattern): number {
  const { units: names, tail } = pattern;
  const start = units[index];
  // An entity begins a word or follows a joiner, never mid-run; this is always true for units.
  if (!start) return -1;
  for (let k = 0; k < names.length; k++) {
    const unit = units[index + k];
    if (!unit) return -1;
    if (k > 0 && unit.sep > Sep.Space) return -1;
    const name = names[k] as string;
    const isLast = k === names.length - 1;
    if (isLast && tail === 'prefix' ? !unit.lower.startsWith(name) : unit.lower !== name) return -1;
  }
  let last = index + names.length - 1;
  if (tail === 'joined') {
    const word = (units[last] as Unit).word;
    let next = last + 1;
    while (units[next]?.sep === Sep.Join && units[next]?.word === word) next++;
    if (next === last + 1) return -1;
    last = next - 1;
  }
  return last;
}

const NONE: readonly EntityPattern[] = [];

/** Index patterns by the text of their first unit; prefix patterns of one unit go to a separate list. */
export class EntityIndex {
  readonly byFirstUnit = new Map<string, EntityPattern[]>();
  readonly prefixes: EntityPattern[] = [];
  readonly groups = new Set<string>();

  add(pattern: EntityPattern): void {
    this.groups.add(pattern.group);
    if (pattern.tail === 'prefix' && pattern.units.length === 1) {
      this.prefixes.push(pattern);
      return;
    }
    const first = pattern.units[0] as string;
    const list = this.byFirstUnit.get(first);
    if (list) list.push(pattern);
    else this.byFirstUnit.set(first, [pattern]);
  }

  /**
   * Where an entity of `group` that starts at unit `index` may end, latest first: a joined name ("GPT-*") may stop
   * before any of the units it could take in, so that "GPT-4o-powered" reads as "GPT-4o" and "-powered".
   */
  endsAt(units: Unit[], index: number, group: string): number[] {
    const unit = units[index];
    if (!unit) return [];
    const ends = new Set<number>();
    for (const pattern of [...(this.byFirstUnit.get(unit.lower) ?? NONE), ...this.prefixes]) {
      if (pattern.group !== group || !unit.lower.startsWith(pattern.units[0] as string)) continue;
      const last = matchPattern(units, index, pattern);
      if (last === -1) continue;
      const shortest = pattern.tail === 'joined' ? index + pattern.units.length : last;
      for (let end = last; end >= shortest; end--) ends.add(end);
    }
    return [...ends].sort((a, b) => b - a);
  }

  /** The longest entity (of `group`, if given) starting at unit `index`. Runs for every unit, so it allocates only on a hit. */
  matchAt(units: Unit[], index: number, group?: string): EntityMatch | undefined {
    const unit = units[index];
    if (!unit) return undefined;
    let bestLast = -1;
    let bestGroup = '';
    const exact = this.byFirstUnit.get(unit.lower) ?? NONE;
    const total = exact.length + this.prefixes.length;
    for (let k = 0; k < total; k++) {
      const pattern = (k < exact.length ? exact[k] : this.prefixes[k - exact.length]) as EntityPattern;
      if (group !== undefined && pattern.group !== group) continue;
      if (k >= exact.length && !unit.lower.startsWith(pattern.units[0] as string)) continue;
      const last = matchPattern(units, index, pattern);
      if (last > bestLast) {
        bestLast = last;
        bestGroup = pattern.group;
      }
    }
    return bestLast === -1 ? undefined : { group: bestGroup, first: index, last: bestLast };
  }
}
