/**
 * Flattens an nlcst sentence into "units": the runs of word characters (the TextNodes inside WordNodes), each
 * with its exact offsets and what separates it from the unit before. Phrases and entities are matched over
 * units, so "OpenAI-powered", "GPT-4.1" and "OpenAI's" are understood part by part.
 */
import type { Node, Parent } from 'unist';

/** What stands between a unit and the one before it, from weakest to strongest. */
export const enum Sep {
  /** Inside one word, joined by a hyphen, dot, apostrophe or middle dot ("Open-AI", "GPT-4.1"). */
  Join = 0,
  /** White space, or marks that do not interrupt a phrase (quotes, emphasis markers left in plain text). */
  Space = 1,
  /** A comma, slash or ampersand: interrupts a phrase, but an entity window may reach across it. */
  Soft = 2,
  /** Other punctuation, code, or the start of the sentence: interrupts everything. */
  Break = 3,
}

export interface Unit {
  /** Lower-cased text, typographic apostrophes folded. */
  lower: string;
  /** The text as written. */
  text: string;
  start: number;
  end: number;
  sep: Sep;
  /** Index of the word (WordNode) this unit belongs to, counted within the sentence. */
  word: number;
  /** End offset of the whole word, including a possessive "'s" (set on every unit of the word). */
  wordEnd: number;
  /** Start offset of the whole word. */
  wordStart: number;
}

const TRANSPARENT = new Set(['"', "'", '\u2018', '\u2019', '\u201C', '\u201D', '*', '_', '`', '\u00AB', '\u00BB']);
const SOFT = new Set([',', '/', '&', '+']);

interface Positioned extends Node {
  value?: string;
  children?: Positioned[];
}

function offsets(node: Positioned): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** Symbols that stand for a relation or a value (code-like text), and so interrupt a phrase. */
const BREAKING_SYMBOLS = new Set(['|', '=', '<', '>', '#', '$', '%', '@', '^', '~', '\\', '{', '}', '[', ']']);

function separatorOf(node: Positioned): Sep {
  if (node.type === 'WhiteSpaceNode') return Sep.Space;
  if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
    const chars = [...(node.value ?? '')];
    if (chars.every((ch) => TRANSPARENT.has(ch))) return Sep.Space;
    if (chars.every((ch) => SOFT.has(ch))) return Sep.Soft;
    // Emoji and marks such as ™ or → sit between words without changing what the sentence says.
    if (node.type === 'SymbolNode' && !chars.some((ch) => BREAKING_SYMBOLS.has(ch))) return Sep.Space;
  }
  return Sep.Break;
}

/** The units of one sentence (or any nlcst parent whose children are words, white space and punctuation). */
export function sentenceUnits(sentence: Parent): Unit[] {
  const units: Unit[] = [];
  // The strongest separator seen since the last word; -1 when words touch (two mdast text nodes side by side).
  let pending: Sep | -1 = Sep.Break;
  let word = 0;
  for (const child of sentence.children as Positioned[]) {
    if (child.type === 'WordNode') {
      pushWord(child, word++, pending === -1 ? Sep.Space : pending, units);
      pending = -1;
    } else {
      pending = Math.max(pending, separatorOf(child)) as Sep;
    }
  }
  return units;
}

function pushWord(node: Positioned, word: number, sepBefore: Sep, units: Unit[]): void {
  const range = offsets(node);
  if (!range) return;
  const children = node.children ?? [];
  const texts = children.filter((child) => child.type === 'TextNode' && offsets(child));
  const first = units.length;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as Positioned;
    const [start, end] = offsets(text) as [number, number];
    const value = text.value ?? '';
    const lower = value.toLowerCase();
    const isPossessiveS = i > 0 && i === texts.length - 1 && lower === 's' && isApostropheBefore(children, text);
    if (isPossessiveS) continue;
    units.push({ lower, text: value, start, end, sep: i === 0 ? sepBefore : Sep.Join, word, wordStart: range[0], wordEnd: range[1] });
  }
  if (units.length === first) return;
  // Trailing punctuation merged into a word ("e.g.") is not part of its last unit; the word end is.
  for (let i = first; i < units.length; i++) (units[i] as Unit).wordEnd = trimmedWordEnd(children, range[1]);
}

function isApostropheBefore(children: Positioned[], text: Positioned): boolean {
  const index = children.indexOf(text);
  const before = children[index - 1];
  return before?.type === 'PunctuationNode' && (before.value === "'" || before.value === '\u2019');
}

/** The end of a word without trailing punctuation other than a possessive ("OpenAI's" keeps "'s", "e.g." drops the dot). */
function trimmedWordEnd(children: Positioned[], end: number): number {
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i] as Positioned;
    if (child.type === 'TextNode') return offsets(child)?.[1] ?? end;
  }
  return end;
}
