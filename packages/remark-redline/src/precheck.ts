/**
 * The look at a Markdown document before anything is parsed, in a module that loads no Markdown parser: a command
 * line run over thousands of files imports the remark stack (unified, micromark, GFM, MDX: a tenth of a second)
 * only once some document passes this check. Exported as `remark-redline/precheck`.
 */
import { mayMatch, type CompiledPolicy, type MayMatchOptions } from '@redline/core';
import { withoutCodeSpans } from './code-spans.js';
import { withoutFencedCode } from './fences.js';
import { mayHoldReference, withReferencesDecoded } from './references.js';

/**
 * `mayMatch` on raw Markdown: false only when no phrase can match in it. A name or word written with a character
 * reference is only in the text with its references decoded, so that text is tried too.
 */
export function rawMayMatch(text: string, compiled: CompiledPolicy, options: MayMatchOptions = {}): boolean {
  if (mayMatch(text, compiled, options)) return true;
  if (!mayHoldReference(text)) return false;
  // "&" before a letter is often no reference at all ("R&D", "&foo"): then there is nothing to read again.
  const decoded = withReferencesDecoded(text);
  return decoded !== text && mayMatch(decoded, compiled, options);
}

/**
 * The text to look at again when `source` may hold a finding: the document with its certain fenced code and code
 * spans blanked out (technical docs name the partner mostly in code). Undefined when no phrase of the policy can match.
 */
export function proseThatMayMatch(source: string, compiled: CompiledPolicy): string | undefined {
  // The command line asks before it loads the Markdown stack, and checkMarkdown asks again: answer the second time
  // from the first (comparing the very same string is a pointer check).
  if (last && last.source === source && last.compiled === compiled) return last.prose;
  let prose: string | undefined;
  // The closer look first on the raw text (it reads only around the names), then again without the code.
  if (rawMayMatch(source, compiled)) {
    const blanked = withoutCodeSpans(withoutFencedCode(source));
    prose = rawMayMatch(blanked, compiled) ? blanked : undefined;
  }
  last = { source, compiled, prose };
  return prose;
}

let last: { source: string; compiled: CompiledPolicy; prose: string | undefined } | undefined;

/** False when checking `source` as Markdown (or MDX) cannot produce a finding, so it need not be parsed. */
export function markdownMayMatch(source: string, compiled: CompiledPolicy): boolean {
  return proseThatMayMatch(source, compiled) !== undefined;
}
