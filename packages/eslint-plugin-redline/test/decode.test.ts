/** The value→source offset maps, the container escaping and the file pre-check. */
import { compilePolicy, presetPolicy } from '@redline/core';
import { describe, expect, it } from 'vitest';
import { decodeComment, decodeJs, decodeJsx, decodeText, sourceRange, type DecodedText, type TextKind } from '../src/decode.js';
import { escapeFor } from '../src/escape.js';
import { roughlyDecoded, sourceMayMatch } from '../src/prefilter.js';

/** The source text each value unit came from, for readable assertions. */
function pieces(source: string, decoded: DecodedText): string[] {
  return Array.from({ length: decoded.value.length }, (_, i) => source.slice(...sourceRange(decoded, i, i + 1).map((offset) => offset - decoded.base)));
}

describe('decodeJs', () => {
  it('decodes every escape of a string literal and maps each unit to its escape', () => {
    const body = String.raw`a\u0020b\x41\n\u{1F600}\'\\\0\101\8c`;
    const decoded = decodeJs(body, 0, false);
    expect(decoded.value).toBe('a bA\n\u{1F600}\'\\\0A8c');
    expect(pieces(body, decoded)).toEqual(['a', '\\u0020', 'b', '\\x41', '\\n', '\\u{1F600}', '\\u{1F600}', "\\'", '\\\\', '\\0', '\\101', '\\8', 'c']);
  });

  it('drops line continuations and offsets by the base', () => {
    const decoded = decodeJs('ab\\\r\ncd\\\nef\\\u2028g', 10, false);
    expect(decoded.value).toBe('abcdefg');
    expect(decoded.starts).toEqual([10, 11, 15, 16, 19, 20, 23]);
  });

  it('reads CRLF in a template as one LF and keeps invalid escapes of tagged templates as written', () => {
    const decoded = decodeJs('a\r\nb\\unicode\\1', 0, true);
    expect(decoded.value).toBe('a\nbunicode1');
    expect(pieces('a\r\nb\\unicode\\1', decoded)).toEqual(['a', '\r\n', 'b', '\\u', 'n', 'i', 'c', 'o', 'd', 'e', '\\1']);
  });
});

describe('decodeJsx', () => {
  it('decodes named, decimal and hexadecimal entities but not backslashes or unknown names', () => {
    const body = 'a&nbsp;b&#65;&#x42;\\n&apos;&bogus;&amp';
    const decoded = decodeJsx(body, 0);
    expect(decoded.value).toBe("a\u00a0bAB\\n'&bogus;&amp");
    expect(pieces(body, decoded).slice(0, 7)).toEqual(['a', '&nbsp;', 'b', '&#65;', '&#x42;', '\\', 'n']);
  });
});

describe('decodeComment', () => {
  it('blanks the star that starts a JSDoc line without moving any offset', () => {
    const decoded = decodeComment('*\n * one\n   * two */', 0);
    expect(decoded.value).toBe(' \n   one\n     two */');
    expect(sourceRange(decoded, 4, 7)).toEqual([4, 7]);
    expect(decoded.starts).toBeUndefined();
  });
});

describe('decodeText', () => {
  it('keeps text with nothing to decode as it is, without offset maps, and maps ranges by the base', () => {
    for (const [kind, body] of [['string', 'calls on OpenAI & more'], ['template', 'calls on\nOpenAI'], ['jsx-text', 'calls on OpenAI \\n'], ['jsx-attribute', 'a\\nb'], ['comment', ' calls on OpenAI']] as const) {
      const decoded = decodeText(kind, body, 7);
      expect(decoded).toEqual({ value: body, base: 7 });
      expect(sourceRange(decoded, 2, 5)).toEqual([9, 12]);
      expect(sourceRange(decoded, 3, 3)).toEqual([10, 11]);
    }
  });

  it('builds the maps as soon as one character is decoded', () => {
    expect(decodeText('template', 'a\r\nb', 0).starts).toEqual([0, 1, 3]);
    expect(decodeText('jsx-text', 'a&amp;b', 2).starts).toEqual([2, 3, 8]);
    expect(decodeText('string', 'a\\tb', 0).starts).toEqual([0, 1, 3]);
  });
});

describe('decodeRawTemplate', () => {
  it('keeps escapes as written and reads CRLF and CR as LF', () => {
    const body = 'a\\u0041\r\nb\rc';
    const decoded = decodeText('raw-template', body, 0);
    expect(decoded.value).toBe('a\\u0041\nb\nc');
    expect(pieces(body, decoded)).toEqual(['a', '\\', 'u', '0', '0', '4', '1', '\r\n', 'b', '\r', 'c']);
    expect(decodeText('raw-template', 'a\\nb', 3)).toEqual({ value: 'a\\nb', base: 3 });
  });
});

describe('sourceRange', () => {
  it('widens a range that starts or ends inside an escape to the whole escape', () => {
    const body = String.raw`x\u{1F600}y\u0041`;
    const decoded = decodeJs(body, 5, false);
    // The emoji is two UTF-16 units; a range starting on its second unit still starts at the backslash.
    expect(sourceRange(decoded, 2, 5)).toEqual([5 + 1, 5 + 17]);
    expect(sourceRange(decoded, 0, 1)).toEqual([5, 6]);
  });
});

describe('escapeFor', () => {
  const text = 'it\'s "a" `${b}` <c>{d}</c> & e \\ */ $';
  const cases: [TextKind, string][] = [
    ['string', '"'],
    ['string', "'"],
    ['template', ''],
    ['jsx-text', ''],
    ['jsx-attribute', '"'],
    ['jsx-attribute', "'"],
  ];
  for (const [kind, quote] of cases) {
    it(`writes text that decodes back to itself in ${kind} ${quote}`, () => {
      const escaped = escapeFor(kind, text, quote, '', '');
      const decoded = kind === 'string' || kind === 'template' ? decodeJs(escaped, 0, kind === 'template') : decodeJsx(escaped, 0);
      expect(decoded.value).toBe(text);
      if (quote) expect(escaped.replaceAll(`\\${quote}`, '')).not.toContain(quote);
    });
  }

  it('leaves backslashes of a String.raw replacement as they are and escapes only what would end the template', () => {
    expect(escapeFor('raw-template', 'C:\\docs `x` ${y}', '', '', '')).toBe('C:\\docs \\`x\\` \\${y}');
    expect(escapeFor('raw-template', 'a$', '', 'x', '{')).toBe('a\\$');
  });

  it('never forms `${` across the edges of a template replacement', () => {
    expect(escapeFor('template', 'a$', '', 'x', '{')).toBe('a\\$');
    expect(escapeFor('template', '{a', '', '$', 'x')).toBe('\\{a');
  });

  it('keeps a block comment open and a line comment on its line', () => {
    expect(escapeFor('comment', 'a */ b', '*/', '', '')).toBe('a * / b');
    expect(escapeFor('comment', '/a*', '*/', '*', '/')).toBe(' /a* ');
    expect(escapeFor('comment', 'a\nb */', '', '', '')).toBe('a b */');
  });
});

describe('the file pre-check', () => {
  const compiled = compilePolicy(presetPolicy());

  it('decodes escapes and entities wherever they are', () => {
    expect(roughlyDecoded(String.raw`\u0065\u{41}\x42\n\q&amp;&#67;&#x44;&nope;&apos;` + '\\\nz')).toBe("eAB\nq&CD&nope;'z");
  });

  it('rejects a file in which no phrase can occur', () => {
    expect(sourceMayMatch('const a = "Acme integrates with reports";\nconst b = 1;', compiled)).toBe(false);
  });

  it('accepts a file whose phrase is hidden by an escape or an entity', () => {
    expect(sourceMayMatch(String.raw`const a = "Acme \u0065nables access to OpenA\u0049";`, compiled)).toBe(true);
    expect(sourceMayMatch('<p>Acme enables access to Open&#x41;I</p>', compiled)).toBe(true);
  });
});
