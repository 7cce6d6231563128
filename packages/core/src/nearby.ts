/**
 * The second look of `mayMatch`, taken when a text names an entity and holds a trigger word somewhere: does some
 * phrase that needs an entity match, loosely, in the raw text around a name? Most technical text that names the
 * partner also says "can", "API" or "call" somewhere, but rarely next to the name in the order a phrase needs.
 *
 * The look must never say no where the matcher would find something, whatever markup the text holds. It reads
 * the raw text as tokens (runs of word characters, as the tokenizer cuts them) grouped in chunks (runs of
 * non-white space), and uses three facts:
 *
 * - The matcher works within a sentence, and no sentence spans a blank line (a line of spaces and tabs): the
 *   text is looked at one piece between blank lines at a time. Two exceptions keep pieces together: a line that
 *   ends with a backslash (a JavaScript or YAML line continuation) and YAML front matter, where an empty line
 *   folds into a value.
 * - Each chunk between two words of a match that holds a word character and none of `[ ] < > { } & \` is made of
 *   words the matcher counts too, so the count of such chunks is at most the number of words between them. Markup
 *   that hides text (link targets and titles, reference labels, footnote calls, tags, comments, expressions)
 *   either sits inside one chunk, or starts with an "opener" (`<`, `{`, `[^`, or `](` / `][` with white space
 *   before the close); past an opener nothing more is counted.
 * - A word written with a character reference or an escape ("c&#97;lls", "\u0063alls") is not a token of the raw
 *   text: a piece with `&` before a letter, digit or `#`, or a backslash before a word character or a line break,
 *   is not looked at closer (it may match).
 *
 * A phrase then matches loosely when its words occur in order, each within as many counted chunks of the one
 * before as its gaps allow, and its entity sits where the phrase puts it (in its slot, or within the rule's
 * window after it). Entities are the raw name occurrences of the name search. The steps are counted: past a
 * budget linear in the length of the text, the look gives up and lets the text through.
 */
import type { CompiledRule, CompiledSequence, SequenceIndex } from './compile.js';
import type { NameOccurrence } from './name-search.js';
import { matchStats } from './stats.js';
import { isTokenWordCodeUnit } from './words.js';

/** Past this many steps (plus a few per code unit of the text) the look gives up and says the text may match. */
const BASE_STEPS = 1_000;
const STEPS_PER_CODE_UNIT = 4;

/** A piece of text between blank lines, cut into tokens and chunks. */
interface Piece {
  /** Lower-cased tokens, their start offsets (in the whole text) and the chunk each belongs to. */
  tokens: string[];
  starts: number[];
  chunkOf: number[];
  /** countedBefore[k]: how many of chunks 0..k-1 are counted. */
  countedBefore: number[];
  /** nextOpener[k]: the first chunk at or after k that holds an opener (the chunk count when none). */
  nextOpener: number[];
  /** Where each chunk starts, and whether it holds only word characters and `, . ; : ! ? -` (plain words). */
  chunkStarts: number[];
  plain: boolean[];
  /** Name occurrences that start in the piece, as token ranges, in order. */
  names: PieceName[];
  /** The same, by the token they start at. */
  namesAt: Map<number, PieceName[]>;
}

interface PieceName {
  first: number;
  last: number;
  bits: number;
  /** Certainly the start of an allowed phrasing ("OpenAI-compatible"): the matcher never takes it as the entity. */
  modifier: boolean;
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/** `[ ] < > { } & \`: a chunk with one of them is not counted. */
function isMarkup(code: number): boolean {
  return code === 91 || code === 93 || code === 60 || code === 62 || code === 123 || code === 125 || code === 38 || code === 92;
}

/** `, . ; : ! ? -`: punctuation that neither hides text nor joins words the way `'` does ("don't"). */
function isPlainPunctuation(code: number): boolean {
  return code === 44 || code === 46 || code === 59 || code === 58 || code === 33 || code === 63 || code === 45;
}

/** Words that deny what follows: the matcher drops an allowed phrasing they stand before (see match.ts). */
const NEGATIONS = new Set(['not', 'never', 'no', 'cannot', 'nor', 'without', 't']);
/** How many chunks before a name are looked at for a negation: more than the matcher's reach of 3 words. */
const NEGATION_CHUNKS = 4;

/** An allowed phrasing that starts with an entity and has one word after it: "{openai}-compatible", "{openai} usage". */
interface Continuation {
  joined: boolean;
  forms: ReadonlyMap<string, string>;
}

/** Whether `text[from, to)` holds only spaces, tabs and carriage returns. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/** Where YAML front matter ends (the start of the line after its closing line), or 0 when the text has none. */
function frontMatterEnd(text: string): number {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', from) || !isBlank(text, from + 3, lineEnd(text, from))) return 0;
  for (let start = lineEnd(text, from) + 1; start < text.length; start = lineEnd(text, start) + 1) {
    const end = lineEnd(text, start);
    if ((text.startsWith('---', start) || text.startsWith('...', start)) && isBlank(text, start + 3, end)) return end + 1;
  }
  return text.length; // unclosed: nothing is cut
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The start of the line before the line that starts at `start` (which is not the first). */
function previousLineStart(text: string, start: number): number {
  return start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
}

/** Whether the line that starts at `start` ends with a backslash (a line continuation in JavaScript or YAML). */
function endsWithBackslash(text: string, start: number): boolean {
  let last = lineEnd(text, start) - 1;
  if (text.charCodeAt(last) === 13) last--;
  return last >= start && text.charCodeAt(last) === 92;
}

/**
 * The piece around offset `at`: from the line after the nearest run of blank lines before it to the end of the
 * nearest blank line after it. A run of blank lines right after a line that ends with a backslash cuts nothing,
 * nor does a blank line inside front matter (`frontMatter` is where it ends).
 */
function pieceAround(text: string, at: number, frontMatter: number): [number, number] {
  let from = text.lastIndexOf('\n', at - 1) + 1;
  if (from < frontMatter) from = 0;
  else {
    while (from > frontMatter) {
      const before = previousLineStart(text, from);
      if (!isBlank(text, before, from - 1)) {
        from = before;
        continue;
      }
      // A run of blank lines: it cuts unless the line before it ends with a backslash.
      let above = before;
      while (above > 0 && isBlank(text, previousLineStart(text, above), above - 1)) above = previousLineStart(text, above);
      if (above === 0 || !endsWithBackslash(text, previousLineStart(text, above))) break;
      from = previousLineStart(text, above);
    }
    if (from < frontMatter) from = 0;
  }
  let to = lineEnd(text, at);
  while (to < text.length) {
    const next = to + 1;
    const end = lineEnd(text, next);
    if (isBlank(text, next, end) && next >= frontMatter && !endsWithBackslash(text, previousLineStart(text, next))) return [from, next];
    to = end;
  }
  return [from, text.length];
}

/** The piece `text[from, to)` cut into tokens and chunks; undefined when a reference or escape may hide a word. */
function readPiece(text: string, lower: string, from: number, to: number): Piece | undefined {
  const piece: Piece = { tokens: [], starts: [], chunkOf: [], countedBefore: [0], nextOpener: [], chunkStarts: [], plain: [], names: [], namesAt: new Map() };
  const openers: boolean[] = [];
  let chunk = -1;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      i++;
      continue;
    }
    // A new chunk: read it whole.
    chunk++;
    piece.chunkStarts.push(i);
    let counted = false;
    let markup = false;
    let opener = false;
    let plain = true;
    while (i < to && !isWhiteSpace(text.charCodeAt(i))) {
      if (isTokenWordCodeUnit(text, i)) {
        const start = i;
        while (i < to && isTokenWordCodeUnit(text, i)) i++;
        piece.tokens.push(lower.slice(start, i));
        piece.starts.push(start);
        piece.chunkOf.push(chunk);
        counted = true;
        continue;
      }
      const char = text.charCodeAt(i);
      const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
      if (!isPlainPunctuation(char)) plain = false;
      if (char === 38 /* & */ && (next === 35 || (next !== -1 && isTokenWordCodeUnit(text, i + 1)))) return undefined;
      if (char === 92 /* \ */ && (next === 10 || next === 13 || (next !== -1 && isTokenWordCodeUnit(text, i + 1)))) return undefined;
      if (isMarkup(char)) markup = true;
      if (char === 60 /* < */ || char === 123 /* { */ || (char === 91 /* [ */ && next === 94) /* ^ */) opener = true;
      else if (char === 93 /* ] */ && (next === 40 /* ( */ || next === 91) /* [ */ && hidesWhiteSpace(text, i + 2, next === 40 ? 41 : 93, to)) opener = true;
      i++;
    }
    piece.countedBefore.push((piece.countedBefore[chunk] as number) + (counted && !markup ? 1 : 0));
    piece.plain.push(plain);
    openers.push(opener);
  }
  const chunks = openers.length;
  piece.nextOpener = new Array<number>(chunks + 1);
  piece.nextOpener[chunks] = chunks;
  for (let k = chunks - 1; k >= 0; k--) piece.nextOpener[k] = openers[k] ? k : (piece.nextOpener[k + 1] as number);
  return piece;
}

/**
 * Whether a link target or reference label opened at `from` may hold white space (and so hide words in chunks of
 * their own): it does unless its close comes first, with no white space, `<`, `(` or `[` before it.
 */
function hidesWhiteSpace(text: string, from: number, close: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === close) return false;
    if (isWhiteSpace(code) || code === 60 || code === 40 || code === 91) return true;
  }
  return true;
}

export class NearbyCheck {
  /** The class bit of each sequence (the group its entity must be of), computed on first use. */
  private readonly classes = new Map<CompiledSequence, number>();
  /** The bit of the letter a sequence's second word starts with (see `secondInitialOf`), computed on first use. */
  private readonly secondInitials = new Map<CompiledSequence, number>();
  private steps = 0;
  private maxSteps = 0;

  /** By group bit, the allowed phrasings of the form entity + one word (built on first use). */
  private continuations: Map<number, Continuation[]> | undefined;

  constructor(
    private readonly sequences: SequenceIndex,
    private readonly allow: SequenceIndex,
    private readonly rules: CompiledRule[],
    /** The bit of an entity group, 1 (no entity) when it has none of its own. */
    private readonly bitOf: (group: string | undefined) => number,
  ) {}

  private classOf(sequence: CompiledSequence): number {
    let bit = this.classes.get(sequence);
    if (bit === undefined) {
      const slot = sequence.atoms.find((atom) => atom.kind === 'entity');
      const group = slot?.kind === 'entity' ? slot.group : sequence.needsFollowingEntity ? this.rules[sequence.rule]?.about : undefined;
      bit = this.bitOf(group);
      this.classes.set(sequence, bit);
    }
    return bit;
  }

  /**
   * The bit (of `initialsRightAfter`) of the letter every form of the sequence's second atom starts with, when it
   * is a word whose forms all start with one letter a–z; -1 otherwise (no such shortcut).
   */
  private secondInitialOf(sequence: CompiledSequence): number {
    let bit = this.secondInitials.get(sequence);
    if (bit === undefined) {
      const second = sequence.atoms[1];
      const initial = second?.kind === 'word' ? second.initial : -1;
      bit = initial >= 97 && initial <= 122 ? 1 << (initial - 97) : -1;
      this.secondInitials.set(sequence, bit);
    }
    return bit;
  }

  /**
   * The first letters of the tokens a word right after token `t` may be (those with no counted chunk between, as
   * `matchFrom` reads them), one bit per letter a–z and bit 26 for any other start.
   */
  private initialsRightAfter(piece: Piece, t: number): number {
    const from = piece.chunkOf[t] as number;
    let letters = 0;
    for (let u = t + 1; u < piece.tokens.length; u++) {
      // Counted chunks only grow with distance: the first one out of reach ends the search, as in matchFrom.
      if (this.between(piece, from, piece.chunkOf[u] as number) > 0) break;
      const code = (piece.tokens[u] as string).charCodeAt(0);
      letters |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26;
    }
    return letters;
  }

  /**
   * False only when no phrase that needs an entity can match in `text` (`lower` is it lower-cased, of the same
   * length). `names` are the entity names in it, in order; `entities` the bits of the groups they name.
   */
  mayMatch(text: string, lower: string, names: NameOccurrence[], entities: number): boolean {
    this.steps = 0;
    // Linear in the text, whatever it holds: a budget per code unit.
    this.maxSteps = BASE_STEPS + STEPS_PER_CODE_UNIT * text.length;
    try {
      return this.lookNearNames(text, lower, names, entities);
    } finally {
      matchStats.nearbySteps += this.steps;
    }
  }

  private lookNearNames(text: string, lower: string, names: NameOccurrence[], entities: number): boolean {
    const frontMatter = frontMatterEnd(text);
    let next = 0;
    while (next < names.length) {
      const [from, to] = pieceAround(text, (names[next] as NameOccurrence).start, frontMatter);
      const read = readPiece(text, lower, from, to);
      if (!read) return true;
      // The names of this piece, as token ranges.
      let k = 0;
      for (; next < names.length && (names[next] as NameOccurrence).start < to; next++) {
        const { start, end, bits } = names[next] as NameOccurrence;
        while (k < read.starts.length && (read.starts[k] as number) < start) k++;
        if (read.starts[k] !== start) return true; // not at a token start: cannot happen, but never guess
        let last = k;
        while (last + 1 < read.starts.length && (read.starts[last + 1] as number) < end) last++;
        const occurrence = names[next] as NameOccurrence;
        const name = { first: k, last, bits, modifier: this.isModifier(text, read, occurrence, k, last, names, next) };
        read.names.push(name);
        const at = read.namesAt.get(k);
        if (at) at.push(name);
        else read.namesAt.set(k, [name]);
      }
      if (this.pieceMayMatch(read, entities)) return true;
      if (this.steps > this.maxSteps) return true;
    }
    return false;
  }

  private continuationsOf(bits: number): Continuation[] {
    if (!this.continuations) {
      this.continuations = new Map();
      for (const [group, sequences] of this.allow.byEntityGroup) {
        const bit = this.bitOf(group);
        for (const { atoms } of sequences) {
          const word = atoms[1];
          if (atoms.length !== 2 || word?.kind !== 'word') continue;
          const list = this.continuations.get(bit) ?? [];
          list.push({ joined: word.joined, forms: word.forms });
          this.continuations.set(bit, list);
        }
      }
    }
    const found: Continuation[] = [];
    for (const [bit, list] of this.continuations) if ((bit & bits) !== 0 && bit !== 1) found.push(...list);
    return found;
  }

  /**
   * Whether the name `names[index]` (tokens `first`..`last` of `piece`) certainly opens an allowed phrasing, so that
   * the matcher neither takes it as an entity nor looks past it for one. Only in plain text: the name is exact (no
   * `*` tail that could take in the next word), nothing else is found where it starts, it starts its chunk, the
   * allowed word follows it right away (after "-" when written joined, else after spaces or tabs on its line), and
   * the chunks before it are plain words without a negation (which would make the matcher drop the phrasing).
   */
  private isModifier(text: string, piece: Piece, name: NameOccurrence, first: number, last: number, names: NameOccurrence[], index: number): boolean {
    if (!name.exact) return false;
    const same = (other: NameOccurrence | undefined): boolean => other !== undefined && other.start === name.start;
    if (same(names[index - 1]) || same(names[index + 1])) return false;
    const chunk = piece.chunkOf[first] as number;
    if (piece.chunkStarts[chunk] !== name.start || piece.chunkOf[last] !== chunk) return false;
    const word = last + 1;
    const wordStart = piece.starts[word];
    if (wordStart === undefined) return false;
    let joined: boolean;
    if (wordStart === name.end + 1 && text.charCodeAt(name.end) === 45 /* - */) joined = true;
    else if (wordStart > name.end && /^[ \t]+$/.test(text.slice(name.end, wordStart))) joined = false;
    else return false;
    const token = piece.tokens[word] as string;
    if (!this.continuationsOf(name.bits).some((continuation) => continuation.joined === joined && continuation.forms.has(token))) return false;
    for (let t = first - 1; t >= 0 && (piece.chunkOf[t] as number) >= chunk - NEGATION_CHUNKS; t--) {
      if (!piece.plain[piece.chunkOf[t] as number] || NEGATIONS.has(piece.tokens[t] as string)) return false;
    }
    // A chunk before it with no word character (a lone "—", a quote) is plain or not as well.
    for (let c = chunk - 1; c >= 0 && c >= chunk - NEGATION_CHUNKS; c--) if (!piece.plain[c]) return false;
    return true;
  }

  private pieceMayMatch(piece: Piece, entities: number): boolean {
    const named = (bit: number): boolean => bit !== 1 && (bit & entities) !== 0;
    for (let t = 0; t < piece.tokens.length; t++) {
      const candidates = this.sequences.byWord.get(piece.tokens[t] as string);
      if (!candidates) continue;
      // Phrases of a large policy share first words ("route … " in hundreds of rules): a phrase whose second word
      // starts with a letter that no token within its reach starts with is passed over without matching it.
      let reachable = -1;
      for (const sequence of candidates) {
        if (!named(this.classOf(sequence))) continue;
        const second = this.secondInitialOf(sequence);
        if (second !== -1) {
          if (reachable === -1) reachable = this.initialsRightAfter(piece, t);
          if ((reachable & second) === 0) continue;
        }
        if (this.matchFrom(piece, sequence, 0, t, -1, 0)) return true;
        if (this.steps > this.maxSteps) return true;
      }
    }
    for (const name of piece.names) {
      if (name.modifier) continue;
      for (const [group, sequences] of this.sequences.byEntityGroup) {
        if ((this.bitOf(group) & name.bits) === 0) continue;
        for (const sequence of sequences) {
          if (named(this.classOf(sequence)) && this.matchFrom(piece, sequence, 0, name.first, -1, 0)) return true;
        }
      }
    }
    return false;
  }

  /** At most how many words (counted chunks) stand between chunks `from` and `to`, markup allowed for. */
  private between(piece: Piece, from: number, to: number): number {
    const stop = Math.min(to, piece.nextOpener[from] as number);
    return stop <= from + 1 ? 0 : (piece.countedBefore[stop] as number) - (piece.countedBefore[from + 1] as number);
  }

  /**
   * Whether atoms `index`.. of `sequence` match loosely from token `from` on; `previous` is the chunk of the atom
   * before (-1 at the start: then the atom must be at `from` itself), `budget` the words a gap lets stand between.
   */
  private matchFrom(piece: Piece, sequence: CompiledSequence, index: number, from: number, previous: number, budget: number): boolean {
    this.steps++;
    const atom = sequence.atoms[index];
    if (!atom) return !sequence.needsFollowingEntity || this.entityFollows(piece, sequence, from, previous, budget);
    if (atom.kind === 'gap') return this.matchFrom(piece, sequence, index + 1, from, previous, budget + atom.max);
    const last = previous === -1 ? Math.min(from, piece.tokens.length - 1) : piece.tokens.length - 1;
    for (let t = from; t <= last; t++) {
      const chunk = piece.chunkOf[t] as number;
      if (previous !== -1 && this.between(piece, previous, chunk) > budget) return false;
      if (atom.kind === 'word') {
        if (atom.forms.has(piece.tokens[t] as string) && this.matchFrom(piece, sequence, index + 1, t + 1, chunk, 0)) return true;
      } else {
        const bit = this.bitOf(atom.group);
        for (const name of piece.namesAt.get(t) ?? []) {
          if (name.modifier || (name.bits & bit) === 0) continue;
          if (this.matchFrom(piece, sequence, index + 1, name.last + 1, piece.chunkOf[name.last] as number, 0)) return true;
        }
      }
      if (this.steps > this.maxSteps) return true;
    }
    return false;
  }

  /** Whether a name of the rule's group starts at token `from` or later, within the rule's window of chunk `previous`. */
  private entityFollows(piece: Piece, sequence: CompiledSequence, from: number, previous: number, budget: number): boolean {
    const rule = this.rules[sequence.rule];
    const bit = this.bitOf(rule?.about);
    const window = (rule?.window ?? 0) + budget;
    // Names are in order and the count only grows: stop at the first one out of reach.
    for (let t = from; t < piece.tokens.length; t++) {
      this.steps++;
      if (this.between(piece, previous, piece.chunkOf[t] as number) > window) return false;
      for (const name of piece.namesAt.get(t) ?? []) {
        // The matcher's window ends at an allowed phrasing.
        if (name.modifier) return false;
        if ((name.bits & bit) !== 0) return true;
      }
    }
    return false;
  }
}
