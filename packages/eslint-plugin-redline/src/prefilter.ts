/**
 * The file-level pre-check: can any string, template, JSX text or comment of this file produce a finding? Core's
 * `mayMatch` reads words, and an escape can hide one ("acc\u0065ss", "enables&nbsp;access"), so a file with a
 * backslash or an ampersand is also tried with every escape decoded the rough way, for any container at once.
 */
import { mayMatch, type CompiledPolicy } from '@redline/core';
import { htmlEntity } from './entities.js';

const ESCAPES = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\r\n\u2028\u2029])|(.))|&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/gs;
const SINGLE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

function fromCode(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** `text` with JavaScript escapes, line continuations and HTML entities decoded, wherever they appear. */
export function roughlyDecoded(text: string): string {
  return text.replace(ESCAPES, (whole, braced?: string, u?: string, x?: string, newline?: string, other?: string, hex?: string, decimal?: string, name?: string) => {
    if (braced ?? u ?? x) return fromCode(Number.parseInt((braced ?? u ?? x) as string, 16));
    if (newline !== undefined) return '';
    if (other !== undefined) return SINGLE[other] ?? other;
    if (hex !== undefined) return fromCode(Number.parseInt(hex, 16));
    if (decimal !== undefined) return fromCode(Number.parseInt(decimal, 10));
    if (name === 'apos') return "'";
    return htmlEntity(name as string) ?? whole;
  });
}

/** False only when no text in `source` can produce a finding, escapes allowed for. */
export function sourceMayMatch(source: string, compiled: CompiledPolicy): boolean {
  // Names and trigger words only: code names the partner next to "request" or "call" all the time, and every string
  // of a file that passes is asked again in full.
  if (mayMatch(source, compiled, { nearby: false })) return true;
  if (!source.includes('\\') && !source.includes('&')) return false;
  // Most files with a backslash or "&" hold no escape at all ("&&", "\\d" in a pattern): nothing to read again.
  const decoded = roughlyDecoded(source);
  return decoded !== source && mayMatch(decoded, compiled, { nearby: false });
}
