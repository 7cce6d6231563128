/**
 * A fast reader for the plain YAML that policy files are written in: block mappings and sequences, one-line plain,
 * quoted and flow-sequence scalars, folded and literal block scalars, comments. It reads a 3,000-rule policy in a
 * few milliseconds, where yaml's Document (which keeps the position of every node) takes a few hundred.
 *
 * It answers only when it reads the text exactly as yaml does (YAML 1.2, core schema, `toJS()`). Anything else
 * (anchors, tags, directives, multi-line plain or quoted scalars, flow mappings, tabs, a duplicate key, anything
 * malformed) gives undefined, and the caller reads the file with yaml's Document, which also reports the errors.
 */

/** Thrown inside the reader when the text leaves the subset it reads; never escapes this module. */
const UNSURE = Symbol('not plain YAML');

function unsure(): never {
  throw UNSURE;
}

/**
 * Any character but these sends a file to yaml: tabs, carriage returns outside CRLF, control characters, the BOM
 * and Unicode line breaks are read in ways of their own.
 */
const UNSUPPORTED_CHARACTER = /[^\n\u0020-\u007e\u00a0-\u2027\u202a-\ufefe\uff00-\uffff]/;

// The YAML 1.2 core schema as yaml resolves plain scalars (yaml/dist/schema/core): the same tests, in its order.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a one-line plain scalar. Only a few first characters can begin anything but a string. */
function plainValue(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 126 /* ~ */ || first === 110 /* n */ || first === 78 /* N */) {
    if (NULL.test(text)) return null;
  } else if (first === 116 /* t */ || first === 84 /* T */ || first === 102 /* f */ || first === 70 /* F */) {
    if (BOOL.test(text)) return first === 116 || first === 84;
  } else if ((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */ || first === 46 /* . */) {
    if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
    if (INT.test(text)) return parseInt(text, 10);
    if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
    if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text.startsWith('-') ? -Infinity : Infinity;
    if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  }
  return text;
}

/** Characters that cannot begin a plain scalar here (YAML indicators; `?` and `:` are left to yaml too). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((ch) => ch.charCodeAt(0)));
/** Characters that end a plain scalar in a flow list, and that a `:` before them makes a key of. */
const FLOW_INDICATORS = new Set(',[]{}'.split('').map((ch) => ch.charCodeAt(0)));

/** Whether a plain scalar may start at `at`: no indicator, but "-3" and "-based" are plain. */
function startsPlain(text: string, at: number, end: number, flow: boolean): boolean {
  const first = text.charCodeAt(at);
  if (at >= end) return false;
  if (!INDICATORS.has(first)) return true;
  const next = text.charCodeAt(at + 1);
  return first === 45 /* - */ && at + 1 < end && next !== 32 && !(flow && FLOW_INDICATORS.has(next));
}

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** Escapes of double-quoted scalars that this reader knows; any other is left to yaml. */
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', ' ': ' ' };
const HEX_DIGITS = { x: 2, u: 4, U: 8 } as Record<string, number>;
const HEX = /^[0-9a-fA-F]+$/;

function skipSpaces(text: string, at: number): number {
  let index = at;
  while (text.charCodeAt(index) === 32) index++;
  return index;
}

/** The offset after the last character before `end` that is not a space (YAML trims only spaces and tabs). */
function endOfSpaces(text: string, end: number): number {
  let index = end;
  while (text.charCodeAt(index - 1) === 32) index--;
  return index;
}

/** Whether a block sequence entry ("- " or a lone "-") starts at `at`, in a line ending at `end`. */
function isDash(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32);
}

/** Only white space and a comment may follow a finished value on its line. */
function expectLineEnd(text: string, at: number, end: number): void {
  const index = skipSpaces(text, at);
  if (index < end && !(text.charCodeAt(index) === 35 /* # */ && index > at)) unsure();
}

/**
 * indexOf that remembers its last answer. A search for a character that a line lacks would run on to the end of the
 * text (quadratic over a file); the reader moves forward, so most searches are answered from the last one.
 */
class Finder {
  /** No occurrence stands in [from, found); `found` is one, or -1 for none after `from`. */
  private from = Number.MAX_SAFE_INTEGER;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The first occurrence at or after `at`, or -1. */
  next(at: number): number {
    if (at < this.from || (this.found !== -1 && at > this.found)) {
      this.from = at;
      this.found = this.text.indexOf(this.needle, at);
    }
    return this.found;
  }

  /** The first occurrence in [at, end), or -1. */
  within(at: number, end: number): number {
    const found = this.next(at);
    return found !== -1 && found < end ? found : -1;
  }
}

interface Finders {
  colon: Finder;
  comment: Finder;
  backslash: Finder;
}

/** The offset of the colon that ends a plain key starting at `at` (followed by a space or the line end), or -1. */
function keyColon(text: string, find: Finders, at: number, end: number): number {
  for (let colon = find.colon.within(at, end); colon !== -1; colon = find.colon.within(colon + 1, end)) {
    if (colon + 1 === end || text.charCodeAt(colon + 1) === 32) return colon;
  }
  return -1;
}

/** Where a comment (" #") starts in the line from `at` to `end`, or `end`. */
function commentStart(find: Finders, at: number, end: number): number {
  const comment = find.comment.within(at, end);
  return comment === -1 ? end : comment;
}

/** A quoted scalar that closes on its own line: its value, and the offset after its closing quote. */
interface Quoted {
  value: string;
  end: number;
}

function quoted(text: string, find: Finders, at: number, end: number): Quoted {
  return text.charCodeAt(at) === SINGLE_QUOTE ? singleQuoted(text, at, end) : doubleQuoted(text, find, at, end);
}

function singleQuoted(text: string, at: number, end: number): Quoted {
  let value = '';
  let chunk = at + 1;
  for (;;) {
    const close = text.indexOf("'", chunk);
    if (close === -1 || close >= end) unsure();
    value += text.slice(chunk, close);
    // A doubled quote stands for one quote.
    if (text.charCodeAt(close + 1) !== SINGLE_QUOTE || close + 1 >= end) return { value, end: close + 1 };
    value += "'";
    chunk = close + 2;
  }
}

function doubleQuoted(text: string, find: Finders, at: number, end: number): Quoted {
  let value = '';
  let chunk = at + 1;
  for (;;) {
    const close = text.indexOf('"', chunk);
    if (close === -1 || close >= end) unsure();
    const backslash = find.backslash.within(chunk, close);
    if (backslash === -1) return { value: value + text.slice(chunk, close), end: close + 1 };
    value += text.slice(chunk, backslash);
    const escape = text.charAt(backslash + 1);
    const digits = HEX_DIGITS[escape];
    if (digits !== undefined) {
      const hex = text.slice(backslash + 2, Math.min(backslash + 2 + digits, end));
      const code = hex.length === digits && HEX.test(hex) ? parseInt(hex, 16) : -1;
      if (code < 0 || code > 0x10ffff) unsure();
      value += String.fromCodePoint(code);
      chunk = backslash + 2 + digits;
    } else {
      const replacement = Object.hasOwn(ESCAPES, escape) ? ESCAPES[escape] : undefined;
      if (replacement === undefined) unsure();
      value += replacement;
      chunk = backslash + 2;
    }
  }
}

/** Reads the text line by line, by offsets into it (no string per line: a 645 KB policy has 24,000 lines). */
class Reader {
  /** The current line: its start, its end (the offset of its line break, or the text's length), its indentation. */
  private start = 0;
  private end = 0;
  private indent = 0;
  /** The offset after the colon of the key read last. */
  private afterKey = 0;

  private readonly find: Finders;

  constructor(private readonly text: string) {
    this.find = { colon: new Finder(text, ':'), comment: new Finder(text, ' #'), backslash: new Finder(text, '\\') };
  }

  document(): unknown {
    if (!this.nextLine()) return null;
    if (this.text.startsWith('---', this.start)) {
      expectLineEnd(this.text, this.start + 3, this.end);
      this.advance();
      if (!this.nextLine()) return null;
    }
    // A policy is a mapping at the left margin; anything else is left to yaml (and to the schema's message).
    if (this.indent !== 0) unsure();
    const value = this.mapping(0);
    if (this.nextLine()) unsure();
    return value;
  }

  private advance(): void {
    this.start = this.end + 1;
  }

  /** Move to the next line that is neither blank nor a comment; false at the end of the text. */
  private nextLine(): boolean {
    const { text } = this;
    while (this.start < text.length) {
      let end = text.indexOf('\n', this.start);
      if (end === -1) end = text.length;
      const first = skipSpaces(text, this.start);
      if (first < end && text.charCodeAt(first) !== 35 /* # */) {
        this.end = end;
        this.indent = first - this.start;
        return true;
      }
      this.start = end + 1;
    }
    return false;
  }

  /** The indentation of the next line with content, or -1 at the end. */
  private nextIndent(): number {
    return this.nextLine() ? this.indent : -1;
  }

  /** A block mapping whose keys stand at column `indent`; the first may follow a "- " on the current line. */
  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const { text } = this;
    for (;;) {
      // Document markers at the margin end a document: leave them (and what follows) to yaml.
      if (indent === 0 && (text.startsWith('---', this.start) || text.startsWith('...', this.start))) unsure();
      const key = this.key(this.start + indent);
      if (Object.hasOwn(map, key)) unsure();
      map[key] = this.valueAfter(this.afterKey, indent);
      const next = this.nextIndent();
      if (next < indent) return map;
      if (next > indent || isDash(text, this.start + indent, this.end)) unsure();
    }
  }

  /** A mapping key at `at` (plain or quoted, a string in the core schema); sets `afterKey`. */
  private key(at: number): string {
    const { text, end } = this;
    const first = text.charCodeAt(at);
    let key: string;
    let colon: number;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const scalar = quoted(text, this.find, at, end);
      key = scalar.value;
      colon = scalar.end;
      if (text.charCodeAt(colon) !== 58 /* : */) unsure();
    } else {
      if (INDICATORS.has(first)) unsure();
      colon = keyColon(text, this.find, at, end);
      // yaml reads white space before the colon differently in different keys: left to it.
      if (colon === -1 || text.charCodeAt(colon - 1) === 32) unsure();
      key = text.slice(at, colon);
      // A comment before the colon, or a key that the core schema reads as something other than a string.
      if (key.includes(' #') || typeof plainValue(key) !== 'string') unsure();
    }
    // yaml limits implicit keys to 1024 characters; "<<" and "__proto__" have meanings of their own.
    if (colon - at > 1000 || key === '<<' || key === '__proto__') unsure();
    if (colon + 1 < end && text.charCodeAt(colon + 1) !== 32) unsure();
    this.afterKey = colon + 1;
    return key;
  }

  /** The value after a key's colon at `at`: on the same line, or a block on the lines below. */
  private valueAfter(at: number, indent: number): unknown {
    const start = skipSpaces(this.text, at);
    if (start === this.end || this.text.charCodeAt(start) === 35 /* # */) {
      this.advance();
      return this.block(indent, true);
    }
    return this.inline(start, indent);
  }

  /** The node below a key or a dash with nothing after it on its line (null when there is none). */
  private block(parentIndent: number, inMapping: boolean): unknown {
    const indent = this.nextIndent();
    if (indent === -1) return null;
    const dash = isDash(this.text, this.start + indent, this.end);
    if (indent > parentIndent) return dash ? this.sequence(indent) : this.mapping(indent);
    // A sequence may stand at its key's own indentation ("phrases:\n- a").
    if (indent === parentIndent && inMapping && dash) return this.sequence(indent);
    return null;
  }

  /** A block sequence whose dashes stand at column `indent`. */
  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    const { text } = this;
    for (;;) {
      const at = skipSpaces(text, this.start + indent + 1);
      if (at === this.end || text.charCodeAt(at) === 35 /* # */) {
        this.advance();
        list.push(this.block(indent, false));
      } else if (isDash(text, at, this.end)) {
        unsure();
      } else if (this.startsMapping(at)) {
        list.push(this.mapping(at - this.start));
      } else {
        list.push(this.inline(at, indent));
      }
      const next = this.nextIndent();
      if (next < indent) return list;
      if (next > indent) unsure();
      // At the same indentation, anything but a dash ends a sequence that stands at its key's indentation.
      if (!isDash(text, this.start + indent, this.end)) return list;
    }
  }

  /** Whether the entry of a sequence at `at` is a mapping ("- phrase: x"). */
  private startsMapping(at: number): boolean {
    const { text, end } = this;
    const first = text.charCodeAt(at);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const after = quoted(text, this.find, at, end).end;
      return text.charCodeAt(after) === 58 /* : */ && (after + 1 === end || text.charCodeAt(after + 1) === 32);
    }
    if (INDICATORS.has(first)) return false;
    const colon = keyColon(text, this.find, at, end);
    return colon !== -1 && colon < commentStart(this.find, at, end);
  }

  /** A value that starts on the current line at `at`; `indent` is that of the mapping or sequence holding it. */
  private inline(at: number, indent: number): unknown {
    const { text, end } = this;
    const first = text.charCodeAt(at);
    if (first === 124 /* | */ || first === 62 /* > */) return this.blockScalar(at, indent);
    let value: unknown;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const scalar = quoted(text, this.find, at, end);
      expectLineEnd(text, scalar.end, end);
      value = scalar.value;
    } else if (first === 91 /* [ */) {
      value = flowSequence(text, this.find, at, end);
    } else if (first === 123 /* { */) {
      // Only the empty mapping; flow mappings with content are left to yaml.
      if (text.charCodeAt(at + 1) !== 125 /* } */) unsure();
      expectLineEnd(text, at + 2, end);
      value = {};
    } else {
      if (!startsPlain(text, at, end, false)) unsure();
      const plain = text.slice(at, endOfSpaces(text, commentStart(this.find, at, end)));
      // "a: b: c" is an error yaml reports; "a: b:" too.
      if (plain.includes(': ') || plain.endsWith(':')) unsure();
      value = plainValue(plain);
    }
    this.advance();
    return value;
  }

  /** A literal (`|`) or folded (`>`) block scalar whose header is at `at`, with `-` or `+` chomping. */
  private blockScalar(at: number, parentIndent: number): string {
    const { text } = this;
    const folded = text.charCodeAt(at) === 62;
    let index = at + 1;
    const chomping = text.charAt(index);
    if (chomping === '-' || chomping === '+') index++;
    // An explicit indentation ("|2") is left to yaml.
    const next = text.charCodeAt(index);
    if (next >= 48 && next <= 57) unsure();
    expectLineEnd(text, index, this.end);
    this.advance();

    const content: string[] = [];
    let contentIndent = -1;
    while (this.start < text.length) {
      let end = text.indexOf('\n', this.start);
      if (end === -1) end = text.length;
      const indent = skipSpaces(text, this.start) - this.start;
      if (this.start + indent === end) {
        // A blank line: spaces beyond the content's indentation would be content, left to yaml.
        if (indent > (contentIndent === -1 ? 0 : contentIndent)) unsure();
        content.push('');
        this.start = end + 1;
        continue;
      }
      if (contentIndent === -1) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      }
      if (indent < contentIndent) {
        if (indent > parentIndent) unsure();
        break;
      }
      // More-indented lines keep their line breaks in a folded scalar: left to yaml.
      if (folded && indent > contentIndent) unsure();
      content.push(text.slice(this.start + contentIndent, end));
      this.start = end + 1;
    }
    let last = content.length;
    while (last > 0 && content[last - 1] === '') last--;
    const trailing = content.length - last;
    // Kept line breaks at the end of a text without a final one (or of an empty scalar) are left to yaml.
    if (chomping === '+' && (last === 0 || (this.start >= text.length && !text.endsWith('\n')))) unsure();
    if (last === 0) return '';
    const body = folded ? fold(content, last) : content.slice(0, last).join('\n');
    if (chomping === '-') return body;
    return chomping === '+' ? `${body}\n${'\n'.repeat(trailing)}` : `${body}\n`;
  }
}

/** Folded content: lines joined by a space, or by one line break per blank line between them. */
function fold(content: string[], end: number): string {
  let body = '';
  let blanks = 0;
  let started = false;
  for (let index = 0; index < end; index++) {
    const line = content[index] as string;
    if (line === '') {
      blanks++;
      continue;
    }
    if (started) body += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    else body += '\n'.repeat(blanks);
    body += line;
    blanks = 0;
    started = true;
  }
  return body;
}

/** A flow sequence of scalars on one line ("[a, 'b c']"), checking that only a comment follows it. */
function flowSequence(text: string, find: Finders, at: number, end: number): unknown[] {
  const list: unknown[] = [];
  let index = skipSpaces(text, at + 1);
  if (text.charCodeAt(index) === 93 /* ] */) {
    expectLineEnd(text, index + 1, end);
    return list;
  }
  for (;;) {
    const first = text.charCodeAt(index);
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
      const scalar = quoted(text, find, index, end);
      list.push(scalar.value);
      index = skipSpaces(text, scalar.end);
    } else {
      if (!startsPlain(text, index, end, true)) unsure();
      let stop = index;
      for (; stop < end; stop++) {
        const code = text.charCodeAt(stop);
        if (code === 44 /* , */ || code === 93 /* ] */) break;
        // Nested collections, keys ("a: b", but "redline:recommended" is a scalar) and comments are left to yaml.
        if (code === 91 || code === 123 || code === 125 || code === 35) unsure();
        if (code === 58 /* : */ && (stop + 1 >= end || text.charCodeAt(stop + 1) === 32 || FLOW_INDICATORS.has(text.charCodeAt(stop + 1)))) unsure();
      }
      list.push(plainValue(text.slice(index, endOfSpaces(text, stop))));
      index = stop;
    }
    const code = index < end ? text.charCodeAt(index) : -1;
    if (code === 93 /* ] */) {
      expectLineEnd(text, index + 1, end);
      return list;
    }
    if (code !== 44 /* , */) unsure();
    index = skipSpaces(text, index + 1);
    // A trailing comma is left to yaml.
    if (text.charCodeAt(index) === 93) unsure();
  }
}

/** The value of a YAML policy text, read as yaml would read it, or undefined when only yaml can tell. */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  const normalized = text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
  if (UNSUPPORTED_CHARACTER.test(normalized)) return undefined;
  try {
    return { value: new Reader(normalized).document() };
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}
