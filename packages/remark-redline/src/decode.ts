/** Decoders for `alignValue`: the escapes each syntax resolves before a value reaches the tree. */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Decoder } from './align.js';

// Our own, fixed patterns (never user input), anchored with the sticky flag and bounded: linear.
const REFERENCE = /&(?:#[xX]([\dA-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{1,31}));/y;
const REPLACEMENT = '\uFFFD';

function decodeReferenceAt(source: string, at: number, end: number): { length: number; value: string } | undefined {
  if (source.charCodeAt(at) !== 38 /* & */) return undefined;
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(source);
  if (!match || REFERENCE.lastIndex > end) return undefined;
  const [whole, hex, decimal, name] = match;
  let value: string | false;
  if (name !== undefined) value = decodeNamedCharacterReference(name);
  else {
    const code = Number.parseInt((hex ?? decimal) as string, hex === undefined ? 10 : 16);
    // CommonMark: invalid code points (0, surrogates, beyond U+10FFFF) become U+FFFD.
    value = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? REPLACEMENT : String.fromCodePoint(code);
  }
  return value === false ? undefined : { length: whole.length, value };
}

/** Markdown text: character references, unless escaped by an odd number of backslashes (`\&amp;`). */
export const markdownText: Decoder = (source, at, end) => {
  let slashes = 0;
  while (source.charCodeAt(at - 1 - slashes) === 92 /* \ */) slashes++;
  return slashes % 2 === 1 ? undefined : decodeReferenceAt(source, at, end);
};

/** JSX attribute strings in MDX: character references (backslashes escape nothing there). */
export const jsxString: Decoder = decodeReferenceAt;

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const YAML_HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** YAML double-quoted scalars: `\n`, `\"`, `\u00e9`, … and escaped line breaks (which add nothing). */
export const yamlDoubleQuoted: Decoder = (source, at, end) => {
  if (source.charCodeAt(at) !== 92 /* \ */ || at + 1 >= end) return undefined;
  const next = source.charAt(at + 1);
  const simple = YAML_ESCAPES[next];
  if (simple !== undefined) return { length: 2, value: simple };
  const digits = YAML_HEX_LENGTH[next];
  if (digits !== undefined) {
    const hex = source.slice(at + 2, at + 2 + digits);
    if (hex.length !== digits || !/^[\dA-Fa-f]+$/.test(hex)) return undefined;
    const code = Number.parseInt(hex, 16);
    return code > 0x10ffff ? undefined : { length: 2 + digits, value: String.fromCodePoint(code) };
  }
  if (next === '\n' || next === '\r') {
    let length = next === '\r' && source.charAt(at + 2) === '\n' ? 3 : 2;
    while (source.charAt(at + length) === ' ' || source.charAt(at + length) === '\t') length++;
    return { length, value: '' };
  }
  return undefined;
};
