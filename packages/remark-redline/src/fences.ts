/**
 * A cheap, conservative look at a Markdown document before parsing it: the contents of fenced code blocks that
 * are certainly fenced code are blanked out, so a document whose partner names and trigger words all sit in code
 * samples (most technical docs) can be skipped without running the Markdown parser. Anything uncertain is kept:
 * keeping too much only costs a parse, blanking prose would hide a finding.
 *
 * Certain means: an opening fence (``` or ~~~, at most 3 spaces in) outside an HTML comment, a closing fence of
 * the same character and at least the same length, and, for an indented opener, no line in between indented less
 * than the opener (which would end a list item and with it the fence).
 */

export interface Fence {
  indent: number;
  char: string;
  length: number;
}

export function openingFence(line: string): Fence | undefined {
  let indent = 0;
  while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
  if (indent > 3) return undefined;
  const char = line.charAt(indent);
  if (char !== '`' && char !== '~') return undefined;
  let length = 0;
  while (line.charAt(indent + length) === char) length++;
  if (length < 3) return undefined;
  // A backtick fence's info string may not contain a backtick.
  if (char === '`' && line.includes('`', indent + length)) return undefined;
  return { indent, char, length };
}

/** Whether `line` closes `fence`: at most 3 spaces, at least as many of its characters, then only white space. */
export function closesFence(line: string, fence: Fence): boolean {
  const indent = indentOf(line);
  // Most lines inside a fence are code: answer them without copying anything.
  if (indent > 3 || line.charAt(indent) !== fence.char) return false;
  let end = indent;
  while (line.charAt(end) === fence.char) end++;
  return end - indent >= fence.length && line.slice(end).trim() === '';
}

export function indentOf(line: string): number {
  let indent = 0;
  while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
  return indent;
}

/** `source` with the contents of certain fenced code blocks replaced by blank lines (same length). */
export function withoutFencedCode(source: string): string {
  if (!source.includes('```') && !source.includes('~~~')) return source;
  const lines = source.split('\n');
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.trimStart().startsWith('<!--') && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    // The parser reads a document without its BOM: so must the first line be read here.
    const fence = openingFence(i === 0 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
    if (!fence) continue;
    let close = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const inner = lines[j] as string;
      if (closesFence(inner, fence)) {
        close = j;
        break;
      }
      if (fence.indent > 0 && inner.trim() !== '' && indentOf(inner) < fence.indent) break;
    }
    if (close === -1) continue;
    for (let j = i + 1; j < close; j++) lines[j] = ' '.repeat((lines[j] as string).length);
    i = close;
  }
  return lines.join('\n');
}
