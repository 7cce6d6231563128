/** Character classes shared by the phrase compiler, the tokenizer and the raw-text pre-check. */

const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const ch = String.fromCharCode(code);
  ASCII_WORD[code] = /[0-9A-Za-z]/.test(ch) ? 1 : 0;
}
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether the UTF-16 code unit at `index` belongs to a word (a letter, digit or combining mark; surrogates count). */
export function isWordCodeUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return UNICODE_WORD.test(text[index] ?? '');
}

/** Lower case with typographic apostrophes folded, the form every comparison uses. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replaceAll('\u2019', "'");
}

/** Split a policy word ("DALL·E", "Open-AI") into its word-character runs, lower-cased. */
export function splitUnits(word: string): string[] {
  return splitUnitsKeepCase(word).map(normalizeWord);
}

/** Split a policy word into its word-character runs as written. */
export function splitUnitsKeepCase(word: string): string[] {
  const units: string[] = [];
  let current = '';
  for (let i = 0; i < word.length; i++) {
    if (isWordCodeUnit(word, i)) current += word[i];
    else if (current) {
      units.push(current);
      current = '';
    }
  }
  if (current) units.push(current);
  return units;
}
