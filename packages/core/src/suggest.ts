/**
 * Turns a match into a Finding: the quoted text, the message, the preferred phrasings conjugated to the form of
 * the matched verb ("enables access to" → "is powered by", "enabling access to" → "being powered by"), and
 * edits (suggestions, and a fix where the policy declares one) only where the replaced source is plain words.
 */
import type { CompiledPolicy, CompiledRule } from './compile.js';
import { conjugate, verbFormOf, type VerbForm } from './inflect.js';
import type { Match } from './match.js';
import { matchStats } from './stats.js';
import type { Unit } from './tokens.js';
import type { Finding, Replacement, Suggestion } from './types.js';

const INFINITIVE_MARKERS = new Set(
  "to can could will would shall should may might must do does did don't doesn't didn't cannot won't let lets help helps".split(' '),
);
const PERFECT_MARKERS = new Set(['has', 'have', 'had', 'having', "hasn't", "haven't", "hadn't"]);

interface LeafNode {
  type: string;
  value?: string;
  children?: LeafNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The source text of one sentence, with the knowledge of which stretches are plain words (no markup). */
export class SentenceText {
  private leaves: { start: number; end: number; value: string }[] | undefined;
  /** Where the last leaf lookup ended. */
  private cursor = 0;

  constructor(
    private readonly sentence: LeafNode,
    readonly units: Unit[],
    readonly source: string,
  ) {}

  slice(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  /** The words of `[start, end)` as the tree holds them: Markdown markup left out, white space collapsed (for messages). */
  words(start: number, end: number): string {
    const leaves = (this.leaves ??= collectLeaves(this.sentence));
    let out = '';
    for (let i = this.firstLeafEndingAfter(start); i < leaves.length; i++) {
      matchStats.steps++;
      const leaf = leaves[i] as { start: number; end: number; value: string };
      if (leaf.start >= end) break;
      out += leaf.value.slice(Math.max(0, start - leaf.start), Math.min(leaf.value.length, end - leaf.start));
    }
    return out.replace(/\s+/g, ' ');
  }

  /** True when `[start, end)` of the source is exactly the text the tree holds there (no markup, escapes or gaps). */
  isPlain(start: number, end: number): boolean {
    const leaves = (this.leaves ??= collectLeaves(this.sentence));
    let cursor = start;
    for (let i = this.firstLeafEndingAfter(start); i < leaves.length && cursor < end; i++) {
      matchStats.steps++;
      const leaf = leaves[i] as { start: number; end: number; value: string };
      if (leaf.start > cursor) return false;
      if (this.source.slice(leaf.start, leaf.end) !== leaf.value) return false;
      cursor = Math.max(cursor, leaf.end);
    }
    return cursor >= end;
  }

  /**
   * Index of the first leaf that ends after `offset`, walked from where the last lookup ended. Findings are many in
   * long sentences and come rule by rule in source order, so the walks add up to the sentence's length per rule,
   * where scanning from the first leaf each time was quadratic.
   */
  private firstLeafEndingAfter(offset: number): number {
    const leaves = (this.leaves ??= collectLeaves(this.sentence));
    let index = this.cursor;
    while (index > 0 && (leaves[index - 1] as { end: number }).end > offset) {
      matchStats.steps++;
      index--;
    }
    while (index < leaves.length && (leaves[index] as { end: number }).end <= offset) {
      matchStats.steps++;
      index++;
    }
    this.cursor = index;
    return index;
  }
}

function collectLeaves(node: LeafNode, out: { start: number; end: number; value: string }[] = []): { start: number; end: number; value: string }[] {
  if (typeof node.value === 'string') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push({ start, end, value: node.value });
    return out;
  }
  for (const child of node.children ?? []) collectLeaves(child, out);
  return out;
}

/** End offset of unit `index`: a whole-word end (with a possessive) when it is the word's last unit. */
function unitEnd(units: Unit[], index: number): number {
  const unit = units[index] as Unit;
  return units[index + 1]?.word === unit.word ? unit.end : unit.wordEnd;
}

interface VerbShape {
  form: VerbForm;
  plural: boolean;
}

/** How the matched phrase's first word is inflected, read from the word and the one before it. */
function verbShape(match: Match, units: Unit[], text: SentenceText): VerbShape | undefined {
  const atom = match.sequence.atoms[0];
  if (atom?.kind !== 'word') return undefined;
  const unit = units[match.first] as Unit;
  const base = atom.forms.get(unit.lower);
  const form = base === undefined ? undefined : verbFormOf(base, unit.lower);
  if (!form) return undefined;
  const previous = match.first > 0 ? (units[match.first - 1] as Unit) : undefined;
  const before = previous && previous.word === unit.word - 1 ? text.slice(previous.start, previous.wordEnd).toLowerCase().replaceAll('\u2019', "'") : undefined;
  if (form === 'past' && before !== undefined && PERFECT_MARKERS.has(before)) return { form: 'participle', plural: false };
  if (form === 'base') {
    const infinitive = before === undefined || INFINITIVE_MARKERS.has(before);
    return { form: 'base', plural: !infinitive };
  }
  return { form, plural: false };
}

/** Conjugate the first word of a preferred phrasing (written in its base form) to the matched verb's shape. */
function conjugateTemplate(template: string, shape: VerbShape | undefined): string {
  const match = /^([a-z]+)\b/.exec(template);
  if (!match) return template;
  const verb = match[1] as string;
  // Without a verb to agree with, "be powered by" reads best as "is powered by".
  const effective = shape ?? (verb === 'be' ? { form: 'third' as const, plural: false } : undefined);
  if (!effective) return template;
  return conjugate(verb, effective.form, effective.plural) + template.slice(verb.length);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Edit {
  replacement: Replacement;
  /** Whether the replaced source is plain words, so the edit is safe to offer. */
  plain: boolean;
}

/** The edit that puts `template` in place of the match. See docs/architecture.md, "Suggestions". */
function editFor(
  template: string,
  match: Match,
  text: SentenceText,
  shape: VerbShape | undefined,
  sentenceInitial: boolean,
  start: number,
  read: (start: number, end: number) => string = (from, to) => text.slice(from, to),
): Edit {
  const { units } = text;
  const phraseEnd = unitEnd(units, match.last);
  const entity = match.entity;
  let end: number;
  let replacement: string;
  const slot = template.indexOf('{entity}');
  if (slot === -1 || !entity) {
    // Without an entity the new words take the place of the phrase's own, and a possessive after them stays
    // ("Open AI's models" → "OpenAI's models").
    end = match.entityInSlot && entity ? Math.max(phraseEnd, unitEnd(units, entity.last)) : (units[match.last] as Unit).end;
    replacement = conjugateTemplate(template.replaceAll('{entity}', ''), shape);
  } else {
    const before = conjugateTemplate(template.slice(0, slot), shape);
    const after = template.slice(slot + '{entity}'.length);
    if (match.entityInSlot) {
      // The entity is one of the phrase's own words: keep its name, drop a possessive the new wording does not need.
      end = Math.max(phraseEnd, unitEnd(units, entity.last));
      const name = read((units[entity.first] as Unit).start, (units[entity.last] as Unit).end);
      replacement = before + name + after;
    } else {
      // The entity follows the phrase: keep everything from the phrase's end through the entity as written.
      end = unitEnd(units, entity.last);
      const middle = read(phraseEnd, end);
      replacement = before.length === 0 ? middle.trimStart() + after : before.trimEnd() + middle + after;
    }
  }
  if (sentenceInitial && /^[A-Z]/.test(text.slice(start, start + 1))) replacement = capitalize(replacement);
  // Only the phrase's own stretch must be plain; text copied from the source (`middle`) is kept byte for byte.
  const plainEnd = match.entityInSlot || slot === -1 || !entity ? end : phraseEnd;
  return { replacement: { start, end, text: replacement }, plain: text.isPlain(start, plainEnd) };
}

function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(actual|entity|prefer|expected)\}/g, (_, key: string) => values[key] ?? '');
}

function defaultMessage(rule: CompiledRule, expected: string[]): string {
  const use = expected.length > 0 ? `; prefer ${expected.map((text) => `“${text}”`).join(' or ')}` : '';
  return `“{actual}” is not approved wording${rule.about ? ' for {entity}' : ''}${use}`;
}

export function buildFinding(match: Match, compiled: CompiledPolicy, text: SentenceText): Finding {
  const rule = compiled.rules[match.sequence.rule] as CompiledRule;
  const { units } = text;
  const start = (units[match.first] as Unit).start;
  const entity = match.entity;
  const end = Math.max(unitEnd(units, match.last), entity ? unitEnd(units, entity.last) : 0);
  const actual = text.slice(start, end);
  const entityName = entity ? text.slice((units[entity.first] as Unit).start, (units[entity.last] as Unit).end) : undefined;
  const shape = verbShape(match, units, text);
  const sentenceInitial = match.first === 0;

  const fixTemplate = match.sequence.fix ?? rule.fix;
  // A rule with only a fix (a spelling) offers that fix as its one suggestion too.
  const prefer = match.sequence.prefer ?? (rule.prefer.length > 0 ? rule.prefer : fixTemplate !== undefined ? [fixTemplate] : []);
  const edits = prefer.map((template) => ({ template, edit: editFor(template, match, text, shape, sentenceInitial, start) }));
  // Show the wording as it would read, in plain words (no markup): for a partial edit, plus the untouched rest.
  const words = (from: number, to: number): string => text.words(from, to);
  let expected = prefer.map((template) => {
    const shown = editFor(template, match, text, shape, sentenceInitial, start, words).replacement;
    return shown.end < end ? shown.text + words(shown.end, end) : shown.text;
  });
  // A phrase that opts out of rewrites (`prefer: []`) still names the rule's wording in the message.
  if (expected.length === 0) expected = rule.prefer.map((template) => conjugateTemplate(template, undefined).replaceAll('{entity}', entityName ?? ''));
  const suggestions: Suggestion[] = edits.filter(({ edit }) => edit.plain).map(({ template, edit }) => ({ ...edit.replacement, prefer: template }));

  const fixEdit = fixTemplate === undefined ? undefined : editFor(fixTemplate, match, text, shape, sentenceInitial, start);

  // Messages quote the words, not the markup around them (`actual` keeps the exact source).
  const values = { actual: text.words(start, end), entity: entityName ?? '', prefer: expected.map((e) => `“${e}”`).join(' or '), expected: expected.join(', ') };
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.severity,
    start,
    end,
    actual,
    message: fillMessage(rule.message ?? defaultMessage(rule, expected), values),
    expected,
    suggestions,
    url: rule.url,
  };
  if (entityName !== undefined) {
    finding.entity = entityName;
    finding.entityGroup = entity?.group;
  }
  if (fixEdit?.plain) finding.fix = fixEdit.replacement;
  if (rule.reason !== undefined) finding.reason = rule.reason;
  if (rule.source !== undefined) finding.source = rule.source;
  return finding;
}
