/**
 * Character references in raw Markdown ("O&#112;enAI", "acc&#x65;ss"): the parser decodes them, so a name or
 * trigger word written with one is not in the raw text that the pre-checks read. They look again at the text with
 * its references decoded. The named references' table (two thousand entries) loads only when one is met.
 */
import { createRequire } from 'node:module';

// Our own, fixed patterns (never user input), bounded: linear.
const REFERENCE = /&(?:#[xX]([\dA-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{1,31}));/g;

let decodeNamed: ((name: string) => string | false) | undefined;

/**
 * The named references docs use most, decoded without loading the whole table (7 ms to load, a few percent of a
 * run over a thousand files): their values are fixed by the HTML standard, and a test checks them against it.
 */
export const COMMON_NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['mdash', '\u2014'],
  ['ndash', '\u2013'],
  ['hellip', '\u2026'],
  ['copy', '\u00a9'],
  ['reg', '\u00ae'],
  ['trade', '\u2122'],
  ['rsquo', '\u2019'],
  ['lsquo', '\u2018'],
  ['rdquo', '\u201d'],
  ['ldquo', '\u201c'],
]);

/** Whether `text` may hold a character reference. */
export function mayHoldReference(text: string): boolean {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 35 /* # */ || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return true;
  }
  return false;
}

/** `text` with its character references decoded, as the parser reads them in prose (offsets are not kept). */
export function withReferencesDecoded(text: string): string {
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const common = COMMON_NAMED_REFERENCES.get(name);
      if (common !== undefined) return common;
      decodeNamed ??= (createRequire(import.meta.url)('decode-named-character-reference') as typeof import('decode-named-character-reference')).decodeNamedCharacterReference;
      const value = decodeNamed(name);
      return value === false ? whole : value;
    }
    const code = Number.parseInt((hex ?? decimal) as string, hex === undefined ? 10 : 16);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  });
}
