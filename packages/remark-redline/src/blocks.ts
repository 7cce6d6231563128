/**
 * Cutting a long Markdown document into top-level stretches that parse the same alone as in place, so that only
 * the stretches that may hold a finding are parsed (the Markdown parser is most of redline's time on real docs).
 *
 * A cut is made only before a line that starts at column 0 right after a blank line, outside fenced code, outside
 * HTML blocks that may span blank lines (comments, <pre>, <script>, <style>, <textarea>, <?…?>, <!…>), outside
 * front matter, and not after a line indented by 4 columns or more (after indented code, micromark reads the next
 * block as if it interrupted a paragraph: "2. item" there is a paragraph, alone a list). At such a line every
 * container (list item, block quote, footnote) has ended, so the text after it is read the same whether the text
 * before it is there or not, except for link and footnote definitions, which act across the document: the caller
 * parses documents that may hold one ("]:") whole. Anything uncertain (an
 * unclosed fence or HTML block) means no further cut.
 */
import { closesFence, indentOf, openingFence } from './fences.js';

export interface Stretch {
  start: number;
  end: number;
  /** Line number (1-based) of `start`. */
  line: number;
}

/** HTML block kinds 1–5 of CommonMark: they run until their end marker, across blank lines. */
const HTML_BLOCKS: { open: RegExp; close: string }[] = [
  { open: /^ {0,3}<!--/, close: '-->' },
  { open: /^ {0,3}<\?/, close: '?>' },
  { open: /^ {0,3}<!\[CDATA\[/, close: ']]>' },
  { open: /^ {0,3}<![A-Za-z]/, close: '>' },
  { open: /^ {0,3}<pre(?:[\s>]|$)/i, close: '</pre>' },
  { open: /^ {0,3}<script(?:[\s>]|$)/i, close: '</script>' },
  { open: /^ {0,3}<style(?:[\s>]|$)/i, close: '</style>' },
  { open: /^ {0,3}<textarea(?:[\s>]|$)/i, close: '</textarea>' },
];

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** The columns of a line's leading white space, a tab reaching the next multiple of 4. */
function indentWidth(line: string): number {
  let width = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 32) width++;
    else if (code === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The stretches of `source` from `from` on (after a BOM), in order and covering it. */
export function topLevelStretches(source: string, from: number): Stretch[] {
  const lines = source.slice(from).split('\n');
  const stretches: Stretch[] = [];
  let start = from;
  let startLine = 1;
  let offset = from;
  let index = 0;
  // Front matter: no cut before its closing line.
  if (/^---\r?$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, at) => at > 0 && /^(---|\.\.\.)\r?$/.test(line));
    if (close === -1) return [{ start: from, end: source.length, line: 1 }];
    for (; index <= close; index++) offset += (lines[index] as string).length + 1;
  }
  // Whether the last non-blank line may belong to an indented code block: after one, micromark reads the next
  // block as if it interrupted a paragraph ("2. item" is then no list), so no cut is made there.
  let afterIndentedCode = false;
  for (; index < lines.length; index++) {
    const line = lines[index] as string;
    if (index > 0 && isBlank(lines[index - 1] as string) && !isBlank(line) && indentOf(line) === 0 && line.charAt(0) !== '\t' && offset > start && !afterIndentedCode) {
      stretches.push({ start, end: offset, line: startLine });
      start = offset;
      startLine = index + 1;
    }
    const last = blockEnd(lines, index);
    if (last === -1) break; // unclosed: no cut after this point
    for (; index < last; index++) offset += (lines[index] as string).length + 1;
    offset += (lines[index] as string).length + 1;
    if (!isBlank(lines[index] as string)) afterIndentedCode = indentWidth(lines[index] as string) >= 4;
  }
  stretches.push({ start, end: source.length, line: startLine });
  return stretches;
}

/**
 * The index of the last line of the multi-line construct that opens at line `at` (itself when none opens), or
 * -1 when it never closes.
 */
function blockEnd(lines: string[], at: number): number {
  const line = lines[at] as string;
  const fence = openingFence(line);
  if (fence) {
    for (let j = at + 1; j < lines.length; j++) {
      const inner = lines[j] as string;
      if (closesFence(inner, fence)) return j;
      // An indented fence inside a list item ends with the item.
      if (fence.indent > 0 && !isBlank(inner) && indentOf(inner) < fence.indent) return j - 1;
    }
    return -1;
  }
  // Every HTML block kind opens with "<" after at most 3 spaces: other lines skip the eight patterns.
  const indent = indentOf(line);
  const html = indent <= 3 && line.charAt(indent) === '<' ? HTML_BLOCKS.find((block) => block.open.test(line)) : undefined;
  if (html) {
    for (let j = at; j < lines.length; j++) {
      const text = j === at ? line.slice(line.indexOf('<') + 1) : (lines[j] as string);
      if (text.includes(html.close)) return j;
    }
    return -1;
  }
  return at;
}
