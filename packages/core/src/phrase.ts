/**
 * The phrase language of a policy, compiled by us (never a user regular expression):
 *
 *   enable [0-3] access to      words; `[0-3]` (or `[3]`) lets up to 3 free words stand there
 *   (let|allow) you? access     alternatives in parentheses, `?` makes a word or a group optional
 *   {entity} API                an entity of the rule's `about` group; `{openai}` names a group
 *   =Open =AI                   `=` matches the word exactly, in no other form
 *
 * A phrase expands into a few linear sequences of atoms (alternatives and optional parts multiplied out).
 */
import { PolicyError } from './errors.js';
import { inflections, keepsInitial } from './inflect.js';
import { normalizeWord, splitUnitsKeepCase } from './words.js';

export const MAX_GAP = 8;
const MAX_EXPANSIONS = 256;

/** Words that never inflect: matching "to" as "tos" or "toed" would only add noise. */
const FUNCTION_WORDS = new Set(
  'a an the to on in into onto of for with by via through from at as and or but not no your our their its my his her you we they it this that these those who which any all every each some'.split(' '),
);

export interface WordAtom {
  kind: 'word';
  /** Every accepted lower-case form, mapped to the base word it is a form of. */
  forms: Map<string, string>;
  /** With `matchCase`, the exact spelling the text must have. */
  cased?: string;
  /**
   * Written joined to the previous atom ("Open-AI", "{openai}-power"): the text must join them inside one word
   * too. Otherwise white space must separate them, so "your-azure-openai-endpoint" is not "OpenAI endpoint".
   */
  joined: boolean;
  /**
   * The code unit every form starts with, when they all start alike (regular inflection only adds or changes an
   * ending); -1 when not known to ("be" → "is", "go" → "went"). Lets a search skip a word without its forms.
   */
  initial: number;
}
export interface GapAtom {
  kind: 'gap';
  min: number;
  max: number;
}
export interface EntityAtom {
  kind: 'entity';
  group: string;
}
export type Atom = WordAtom | GapAtom | EntityAtom;

type Piece = { kind: 'word'; text: string; exact: boolean; joined: boolean; cased?: string } | GapAtom | { kind: 'entity'; group: string };
/** A parsed item: a choice between alternatives, each a list of pieces. */
type Choice = Piece[][];

/**
 * The forms maps of the words compiled so far, by word (`=word` when exact). Atoms only read their forms, so every
 * atom of one word shares one map: a policy of 3,000 rules inflects each of its words once.
 */
export type FormsCache = Map<string, Map<string, string>>;

interface ParseOptions {
  inflect: boolean;
  matchCase?: boolean;
  /** The group `{entity}` stands for (the rule's `about`), if any. */
  about: string | undefined;
  groups: ReadonlySet<string>;
  path: (string | number)[];
  forms?: FormsCache;
}

/** White space as `\s` reads it, without a regular expression for the common ASCII characters. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** Characters that end a word of a phrase: white space and the phrase syntax `()|[]{}?`. */
const WORD_END = new Set('()|[]{}?'.split('').map((ch) => ch.charCodeAt(0)));

class PhraseParser {
  /** Read position in `text`. */
  pos = 0;
  private glueNext = false;
  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {}

  private fail(what: string): never {
    throw new PolicyError(`phrase "${this.text}": ${what}`, this.options.path);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
  }

  /** sequence := item* — stops at `)` or `|` (handled by the caller) or the end. */
  parseSequence(): Choice[] {
    const items: Choice[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === undefined || ch === ')' || ch === '|') return items;
      items.push(this.parseItem());
    }
  }

  private parseItem(): Choice {
    const ch = this.text[this.pos];
    // After "{group}-", the item is glued to the entity inside one word ("{openai}-(power|base)" → "OpenAI-powered").
    const glued = this.glueNext;
    this.glueNext = false;
    let choice: Choice;
    if (ch === '(') {
      this.pos++;
      choice = [];
      for (;;) {
        choice.push(flatten(this.parseSequence()));
        const next = this.text[this.pos];
        if (next === '|') this.pos++;
        else if (next === ')') {
          this.pos++;
          break;
        } else this.fail('a "(" is never closed');
      }
      if (choice.some((alternative) => alternative.length === 0)) this.fail('an alternative in "( | )" is empty');
    } else if (ch === '[') {
      choice = [[this.parseGap()]];
    } else if (ch === '{') {
      choice = [[this.parseEntity()]];
    } else {
      choice = [this.parseWord()];
    }
    if (glued) {
      choice = choice.map(([first, ...rest]) => (first?.kind === 'word' ? [{ ...first, joined: true }, ...rest] : [first, ...rest].filter((piece) => piece !== undefined)));
    }
    if (this.text[this.pos] === '?') {
      this.pos++;
      if (choice.some((alternative) => alternative.some((piece) => piece.kind === 'gap'))) this.fail('a gap cannot be optional');
      choice.push([]);
    }
    return choice;
  }

  private parseGap(): GapAtom {
    const close = this.text.indexOf(']', this.pos);
    if (close === -1) this.fail('a "[" is never closed');
    const body = this.text.slice(this.pos + 1, close).trim();
    this.pos = close + 1;
    const parts = body.split('-').map((part) => part.trim());
    if (parts.length > 2 || parts.some((part) => !/^\d+$/.test(part))) this.fail(`"[${body}]" is not a gap; write [N] or [M-N]`);
    const min = parts.length === 2 ? Number(parts[0]) : 0;
    const max = Number(parts.at(-1));
    if (min > max) this.fail(`gap [${body}] has its minimum above its maximum`);
    if (max > MAX_GAP) this.fail(`gap [${body}] is too wide: at most ${MAX_GAP} words`);
    if (max === 0) this.fail(`gap [${body}] allows no word at all`);
    return { kind: 'gap', min, max };
  }

  private parseEntity(): Piece {
    const close = this.text.indexOf('}', this.pos);
    if (close === -1) this.fail('a "{" is never closed');
    const name = this.text.slice(this.pos + 1, close).trim();
    this.pos = close + 1;
    const group = name === 'entity' ? this.options.about : name;
    if (group === undefined) this.fail('{entity} needs the rule to name its entity group in "about"');
    if (!this.options.groups.has(group)) this.fail(`unknown entity group "${group}"`);
    // A possessive written after the slot ("{entity}'s") is understood anyway: entities match with or without it.
    if (/^['\u2019]s\b/.test(this.text.slice(this.pos))) this.pos += 2;
    if (this.text[this.pos] === '-') {
      this.pos++;
      this.glueNext = true;
    }
    return { kind: 'entity', group };
  }

  private parseWord(): Piece[] {
    let exact = !this.options.inflect;
    if (this.text[this.pos] === '=') {
      exact = true;
      this.pos++;
    }
    const start = this.pos;
    for (; this.pos < this.text.length; this.pos++) {
      const code = this.text.charCodeAt(this.pos);
      if (WORD_END.has(code) || isSpace(code)) break;
    }
    const raw = this.text.slice(start, this.pos);
    const units = splitUnitsKeepCase(raw);
    if (units.length === 0) this.fail(raw ? `"${raw}" has no letters or digits` : `unexpected "${this.text[this.pos] ?? ''}"`);
    const matchCase = this.options.matchCase === true;
    return units.map((text, index) => ({
      kind: 'word' as const,
      text: normalizeWord(text),
      exact: exact || matchCase,
      joined: index > 0,
      ...(matchCase ? { cased: text } : {}),
    }));
  }
}

function flatten(items: Choice[]): Piece[] {
  // An alternative inside parentheses is itself a sequence; keep it linear by allowing only plain pieces there.
  const pieces: Piece[] = [];
  for (const item of items) {
    if (item.length !== 1) throw new PolicyError('nested alternatives or optional parts inside "( | )" are not supported');
    pieces.push(...(item[0] ?? []));
  }
  return pieces;
}

function formsOf(text: string, exact: boolean, cache: FormsCache | undefined): Map<string, string> {
  const key = exact ? `=${text}` : text;
  let forms = cache?.get(key);
  if (forms) return forms;
  forms = new Map<string, string>();
  const all = exact || FUNCTION_WORDS.has(text) ? [text] : inflections(text);
  for (const form of all) forms.set(form, text);
  cache?.set(key, forms);
  return forms;
}

/**
 * A word atom whose forms are computed when first read. Indexing reads only the first word of each phrase, so a
 * policy of 3,000 rules inflects its other words only when the text gets that far (matching reads them).
 */
class LazyWordAtom implements WordAtom {
  readonly kind = 'word' as const;
  private computed: Map<string, string> | undefined;

  constructor(
    private readonly text: string,
    private readonly exact: boolean,
    private readonly cache: FormsCache | undefined,
    readonly joined: boolean,
    readonly cased: string | undefined,
  ) {}

  get forms(): Map<string, string> {
    this.computed ??= formsOf(this.text, this.exact, this.cache);
    return this.computed;
  }

  get initial(): number {
    return this.exact || FUNCTION_WORDS.has(this.text) || keepsInitial(this.text) ? this.text.charCodeAt(0) : -1;
  }
}

function toAtom(piece: Piece, cache: FormsCache | undefined): Atom {
  if (piece.kind !== 'word') return piece.kind === 'gap' ? piece : { kind: 'entity', group: piece.group };
  return new LazyWordAtom(piece.text, piece.exact, cache, piece.joined, piece.cased);
}

/** Characters of the phrase syntax (and `=`): a phrase without any is a plain run of words. */
const SYNTAX = /[()|[\]{}?=]/;
const SPACES = /\s+/;

/**
 * A phrase of plain words ("bundle assistants"), most phrases of a large policy, read without the parser into its
 * one sequence, as the parser would. Undefined for any other phrase, and for any mistake (the parser reports it).
 */
function plainWords(text: string, options: ParseOptions): Atom[] | undefined {
  if (SYNTAX.test(text)) return undefined;
  const matchCase = options.matchCase === true;
  const exact = !options.inflect || matchCase;
  const atoms: Atom[] = [];
  for (const raw of text.split(SPACES)) {
    if (raw === '') continue;
    const units = splitUnitsKeepCase(raw);
    if (units.length === 0) return undefined;
    units.forEach((unit, index) => {
      atoms.push(new LazyWordAtom(normalizeWord(unit), exact, options.forms, index > 0, matchCase ? unit : undefined));
    });
  }
  return atoms.length > 0 ? atoms : undefined;
}

/** Parse one phrase into its linear expansions. Throws PolicyError naming the phrase on any mistake. */
export function compilePhrase(text: string, options: ParseOptions): Atom[][] {
  const plain = plainWords(text, options);
  if (plain) return [plain];
  const parser = new PhraseParser(text, options);
  let items: Choice[];
  try {
    items = parser.parseSequence();
  } catch (error) {
    if (error instanceof PolicyError && !error.detail.startsWith('phrase ')) {
      throw new PolicyError(`phrase "${text}": ${error.detail}`, options.path);
    }
    throw error;
  }
  if (parser.pos < text.length) {
    throw new PolicyError(`phrase "${text}": unexpected "${text[parser.pos] ?? ''}"`, options.path);
  }
  let sequences: Piece[][] = [[]];
  for (const choice of items) {
    const next: Piece[][] = [];
    for (const prefix of sequences) for (const alternative of choice) next.push([...prefix, ...alternative]);
    sequences = next;
    if (sequences.length > MAX_EXPANSIONS) {
      throw new PolicyError(`phrase "${text}": expands to more than ${MAX_EXPANSIONS} variants; split it into several phrases`, options.path);
    }
  }
  const result: Atom[][] = [];
  for (const sequence of sequences) {
    const merged = mergeGaps(sequence);
    if (merged.length === 0) continue;
    if (merged.every((piece) => piece.kind === 'gap')) throw new PolicyError(`phrase "${text}": a phrase needs at least one word`, options.path);
    if (merged[0]?.kind === 'gap' || merged.at(-1)?.kind === 'gap') {
      throw new PolicyError(`phrase "${text}": a phrase cannot start or end with a gap`, options.path);
    }
    result.push(merged.map((piece) => toAtom(piece, options.forms)));
  }
  if (result.length === 0) throw new PolicyError(`phrase "${text}" is empty`, options.path);
  return result;
}

/** Two gaps side by side (left by a dropped optional word) become one. */
function mergeGaps(sequence: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of sequence) {
    const last = out.at(-1);
    if (piece.kind === 'gap' && last?.kind === 'gap') out[out.length - 1] = { kind: 'gap', min: last.min + piece.min, max: last.max + piece.max };
    else out.push(piece);
  }
  return out;
}
