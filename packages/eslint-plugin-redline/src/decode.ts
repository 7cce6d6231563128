/**
 * Decoding the text of a string-like token into the value the user sees, keeping for every value code unit the
 * source range it came from. Offsets found in the value (by core) map back through `sourceRange`, so a report
 * covers exactly the phrase's characters in the source, escapes included.
 */
import { htmlEntity } from './entities.js';

/**
 * A decoded value and, for each of its UTF-16 code units, the source range `[starts[i], ends[i])` it came from.
 * Without `starts`, unit `i` came from source offset `base + i` (text with nothing to decode, most of it).
 */
export interface DecodedText {
  value: string;
  base: number;
  starts?: number[];
  ends?: number[];
}

/** How the characters of a token are written: each kind has its own escapes. */
export type TextKind = 'string' | 'template' | 'raw-template' | 'jsx-text' | 'jsx-attribute' | 'comment';

class Builder {
  value = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(private readonly base: number) {}

  /** Append `text` as produced by the source characters `[from, to)` (relative to the decoded slice). */
  push(text: string, from: number, to: number): void {
    this.value += text;
    for (let k = 0; k < text.length; k++) {
      this.starts.push(this.base + from);
      this.ends.push(this.base + to);
    }
  }

  done(): DecodedText {
    return { value: this.value, base: this.base, starts: this.starts, ends: this.ends };
  }
}

const SINGLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);
const HEX = /^[0-9a-fA-F]+$/;

function codePoint(hex: string): string | undefined {
  if (!HEX.test(hex)) return undefined;
  const value = Number.parseInt(hex, 16);
  return value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

/**
 * Decode the body of a JavaScript string literal (`template: false`) or of a template chunk (`template: true`).
 * `text` is the source between the delimiters; `base` is its offset in the file. An invalid escape (possible in a
 * tagged template) stands for itself.
 */
export function decodeJs(text: string, base: number, template: boolean): DecodedText {
  // Building the offset maps costs more than checking the text: skip it when no character changes.
  if (!text.includes('\\') && !(template && text.includes('\r'))) return { value: text, base };
  const out = new Builder(base);
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (template && char === '\r') {
      // A template's value reads CRLF and CR as LF.
      const to = text[i + 1] === '\n' ? i + 2 : i + 1;
      out.push('\n', i, to);
      i = to;
      continue;
    }
    if (char !== '\\' || i + 1 >= text.length) {
      out.push(char, i, i + 1);
      i++;
      continue;
    }
    const next = text[i + 1] as string;
    const from = i;
    if (LINE_TERMINATORS.has(next)) {
      // Line continuation: contributes nothing to the value.
      i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (next in SINGLE_ESCAPES) {
      out.push(SINGLE_ESCAPES[next] as string, from, i + 2);
      i += 2;
      continue;
    }
    if (next === 'x') {
      const decoded = codePoint(text.slice(i + 2, i + 4));
      if (decoded !== undefined && i + 4 <= text.length) {
        out.push(decoded, from, i + 4);
        i += 4;
        continue;
      }
    } else if (next === 'u') {
      const close = text[i + 2] === '{' ? text.indexOf('}', i + 3) : -1;
      const hex = close !== -1 ? text.slice(i + 3, close) : text.slice(i + 2, i + 6);
      const to = close !== -1 ? close + 1 : i + 6;
      const decoded = hex.length > 0 && (close !== -1 || hex.length === 4) ? codePoint(hex) : undefined;
      if (decoded !== undefined) {
        out.push(decoded, from, to);
        i = to;
        continue;
      }
    } else if (next >= '0' && next <= '7' && (!template || next === '0')) {
      // `\0`, and legacy octal escapes in sloppy-mode strings (templates only allow `\0`).
      const octal = template ? next : (/^[0-3]?[0-7]{1,2}/.exec(text.slice(i + 1, i + 4))?.[0] ?? next);
      out.push(String.fromCharCode(Number.parseInt(octal, 8)), from, i + 1 + octal.length);
      i += 1 + octal.length;
      continue;
    }
    // Any other escaped character (quotes, backslash, backtick, `$`, `8`, an invalid escape) stands for itself.
    const width = (next.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    out.push(text.slice(i + 1, i + 1 + width), from, i + 1 + width);
    i += 1 + width;
  }
  return out.done();
}

const ENTITY = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/;

/** The character a JSX entity stands for: the XHTML named entities and numeric references, always with `;`. */
function entity(text: string): { decoded: string; length: number } | undefined {
  const match = ENTITY.exec(text);
  if (!match) return undefined;
  const [whole, hex, decimal, name] = match;
  let decoded: string | undefined;
  if (hex !== undefined || decimal !== undefined) {
    const value = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal as string, 10);
    decoded = value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
  } else if (name === 'apos') decoded = "'";
  else decoded = htmlEntity(name as string);
  return decoded === undefined ? undefined : { decoded, length: whole.length };
}

/** Decode JSX text or a JSX attribute string: entities are decoded, backslashes are plain characters. */
export function decodeJsx(text: string, base: number): DecodedText {
  if (!text.includes('&') && !text.includes('\r')) return { value: text, base };
  const out = new Builder(base);
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    const found = char === '&' ? entity(text.slice(i, i + 40)) : undefined;
    if (found) {
      out.push(found.decoded, i, i + found.length);
      i += found.length;
    } else if (char === '\r' && text[i + 1] === '\n') {
      out.push('\n', i, i + 2);
      i += 2;
    } else {
      out.push(char, i, i + 1);
      i++;
    }
  }
  return out.done();
}

/** A comment's text as written; the `*` that starts a JSDoc line becomes a space so it does not join sentences. */
export function decodeComment(text: string, base: number): DecodedText {
  return { value: text.replace(/(^|\n)([ \t]*)\*(?!\/)/g, (_, newline: string, indent: string) => `${newline}${indent} `), base };
}

/**
 * The value of a `String.raw` template chunk: its source as written (escapes are not decoded), with CRLF and CR
 * read as LF like every template.
 */
export function decodeRawTemplate(text: string, base: number): DecodedText {
  if (!text.includes('\r')) return { value: text, base };
  const out = new Builder(base);
  let i = 0;
  while (i < text.length) {
    const width = text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    out.push(text[i] === '\r' ? '\n' : (text[i] as string), i, i + width);
    i += width;
  }
  return out.done();
}

/** Decode the text of a token of the given kind; `base` is the text's offset in the file. */
export function decodeText(kind: TextKind, text: string, base: number): DecodedText {
  if (kind === 'string' || kind === 'template') return decodeJs(text, base, kind === 'template');
  if (kind === 'raw-template') return decodeRawTemplate(text, base);
  return kind === 'comment' ? decodeComment(text, base) : decodeJsx(text, base);
}

/** The source range of the value's `[start, end)`: from the first unit's escape to the last unit's, so a match that starts or ends inside an escape covers it whole. */
export function sourceRange(decoded: DecodedText, start: number, end: number): [number, number] {
  const last = Math.max(start, end - 1);
  if (!decoded.starts || !decoded.ends) return [decoded.base + start, decoded.base + last + 1];
  return [decoded.starts[start] as number, decoded.ends[last] as number];
}
