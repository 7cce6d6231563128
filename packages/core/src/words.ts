/** Character classes shared by the phrase compiler, the tokenizer and the raw-text pre-check. */

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  ASCII_WORD[code] = /[0-9A-Za-z]/.test(ch) ? 1 : 0;
}
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether other BMP code units are word characters, tested once each: 0 not yet, 1 yes, 2 no. */
let bmpWord: Uint8Array | undefined;

/** Whether a UTF-16 code unit belongs to a word (a letter, digit or combining mark; surrogates count). */
function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  if (!(code < 0x10000)) return false; // NaN: past the end of a text
  bmpWord ??= new Uint8Array(0x10000);
  let known = bmpWord[code];
  if (known === 0) {
    known = UNICODE_WORD.test(String.fromCharCode(code)) ? 1 : 2;
    bmpWord[code] = known;
  }
  return known === 1;
}

/** Whether the UTF-16 code unit at `index` belongs to a word (a letter, digit or combining mark; surrogates count). */
export function isWordCodeUnit(text: string, index: number): boolean {
  return isWordCode(text.charCodeAt(index));
}

/**
 * Whether the English tokenizer (parse-english) puts the code unit at `index` in a word: a letter, digit or
 * combining mark of the Basic Multilingual Plane. It reads every astral character (emoji, and astral letters too)
 * as a symbol between words, and so must the raw-text pre-check, or "OpenAI😀" would hide "OpenAI" from it.
 */
export function isTokenWordCodeUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code < 0xd800 || code > 0xdfff) && isWordCode(code);
}

/** Lower case with typographic apostrophes folded, the form every comparison uses. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

/** Split a policy word ("DALL·E", "Open-AI") into its word-character runs, lower-cased. */
export function splitUnits(word: string): string[] {
  return splitUnitsKeepCase(word).map(normalizeWord);
}

const ASCII_UNIT = /^[0-9A-Za-z]+$/;

/** Split a policy word into its word-character runs as written. */
export function splitUnitsKeepCase(word: string): string[] {
  // Most words of a policy are one run of ASCII letters: no need to look at each character.
  if (ASCII_UNIT.test(word)) return [word];
  const units: string[] = [];
  let start = -1;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && isWordCodeUnit(word, i)) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      units.push(word.slice(start, i));
      start = -1;
    }
  }
  return units;
}
