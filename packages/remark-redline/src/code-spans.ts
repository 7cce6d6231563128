/**
 * Blanking code spans before the raw-text pre-check. Technical docs name the partner mostly in code
 * (`AZURE_OPENAI_ENDPOINT`, `OpenAIChatClient`), and a code span is never prose: its words would only let the
 * pre-check pass text the matcher cannot match. A word is blanked only where the parser certainly reads a code span.
 *
 * The parser pairs backtick runs left to right across the lines of a paragraph. Each piece of text between blank
 * lines is blanked only when every backtick run in it pairs with a run of the same length on its own line; then
 * the parser pairs them the same way, unless something takes a backtick first. So a piece is left as it is when a
 * line of it has:
 *
 * - a backtick run inside a link target (`](…)`), a reference or footnote label (`][…]`, `[^…]`), or after a `<`
 *   or `{` (an HTML tag, autolink or MDX expression may hold it), or right after an autolink literal ("www.",
 *   "://", "mailto:", "xmpp:", "@") with no white space between;
 * - a pair with `|` between its runs (a table cell may end there), or after a line that may leave a target,
 *   label, tag or expression open, with `)`, `]`, `>` or `}` between its runs (it may end there);
 * - an escaped backtick, or a pair with "]:" between its runs (a link definition's label may hold a backtick).
 *
 * Whatever the parser reads inside a tag, target, label or expression that spans lines is hidden text too, so
 * blanking a pair there changes nothing that is prose.
 *
 * Front matter is YAML, where backticks are plain text: it is left as it is.
 */

/** Where YAML front matter ends (the offset after its closing line), or 0 when the text has none. */
function frontMatterEnd(text: string): number {
  const open = /^\uFEFF?---[ \t]*\r?(?:\n|$)/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/m.exec(text.slice(open[0].length));
  return close ? open[0].length + close.index + close[0].length : text.length;
}

/** A blank line as CommonMark reads it: only spaces and tabs. */
function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

const AUTOLINK_LITERAL = /www\.|:\/\/|mailto:|xmpp:|@/i;

/** Where the run of non-white space that holds `line[index]` starts. */
function chunkStart(line: string, index: number): number {
  let start = index;
  while (start > 0 && line.charCodeAt(start - 1) !== 32 && line.charCodeAt(start - 1) !== 9) start--;
  return start;
}

/**
 * The code spans of a line as [start, end) pairs, and whether a target, label, tag or expression may still be open at
 * its end; undefined when it is not certain how the parser reads them. `strict`: one may be open from a line before.
 */
function codeSpansOf(line: string, strict: boolean): { spans: [number, number][]; open: boolean } | undefined {
  const spans: [number, number][] = [];
  // Inside a link target (`](…)`, parentheses counted) or a reference or footnote label (`][…]`, `[^…]`).
  let target = 0;
  let label = false;
  // Whether a `<` or `{` stands before (outside code): an HTML tag or MDX expression may hold what follows.
  let opened = false;
  const autolinks = AUTOLINK_LITERAL.test(line);
  let index = 0;
  while (index < line.length) {
    const char = line.charAt(index);
    if (char !== '`') {
      const next = line.charAt(index + 1);
      if (target > 0) target += char === '(' ? 1 : char === ')' ? -1 : 0;
      else if (label) label = char !== ']';
      else if (char === ']' && next === '(') {
        target = 1;
        index++;
      } else if ((char === ']' && next === '[') || (char === '[' && next === '^')) {
        label = true;
        index++;
      } else if (char === '<' || char === '{') opened = true;
      index++;
      continue;
    }
    if (target > 0 || label || opened) return undefined;
    // An autolink literal runs to the next white space: a backtick after one in the same chunk may be part of it.
    if (autolinks && AUTOLINK_LITERAL.test(line.slice(chunkStart(line, index), index))) return undefined;
    const open = index;
    while (line.charAt(index) === '`') index++;
    const length = index - open;
    // The next run of exactly `length` backticks closes the span.
    let close = -1;
    for (let at = line.indexOf('`', index); at !== -1; ) {
      let end = at;
      while (line.charAt(end) === '`') end++;
      if (end - at === length) {
        close = at;
        break;
      }
      at = line.indexOf('`', end);
    }
    if (close === -1) return undefined;
    // A table cell may end between the runs, and so may a target, label, tag or expression open from a line before.
    const inside = line.slice(index, close);
    if ((strict ? /[|)\]>}]/ : /\|/).test(inside)) return undefined;
    // A definition's label may hold a backtick ("[a`]: b`"): "]:" is left for the caller to see.
    if (inside.includes(']:')) return undefined;
    spans.push([open, close + length]);
    index = close + length;
  }
  return { spans, open: target > 0 || label || opened };
}

/** The code spans of the lines of `text[from, to)`, or undefined when the piece is to be left as it is. */
function pieceSpans(text: string, from: number, to: number): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let strict = false;
  for (let start = from; start < to; ) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const line = text.slice(start, end);
    if (line.includes('`')) {
      if (line.includes('\\`')) return undefined;
      const found = codeSpansOf(line, strict);
      if (!found) return undefined;
      for (const [open, close] of found.spans) spans.push([start + open, start + close]);
      strict ||= found.open;
    } else if (!strict && /[<{[\]]/.test(line)) {
      strict = codeSpansOf(line, strict)?.open ?? true;
    }
    start = end + 1;
  }
  return spans;
}

/** `text` with every certain code span replaced by spaces (line breaks and offsets kept). */
export function withoutCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  const spans: [number, number][] = [];
  let start = frontMatterEnd(text);
  while (start < text.length) {
    // The piece runs to the next blank line.
    let end = start;
    for (;;) {
      const lineEnd = text.indexOf('\n', end);
      if (lineEnd === -1) {
        end = text.length;
        break;
      }
      const next = text.indexOf('\n', lineEnd + 1);
      if (isBlankLine(text, lineEnd + 1, next === -1 ? text.length : next)) {
        end = lineEnd;
        break;
      }
      end = lineEnd + 1;
    }
    if (text.indexOf('`', start) < end) {
      const found = pieceSpans(text, start, end);
      if (found) spans.push(...found);
    }
    start = end + 1;
  }
  let out = '';
  let from = 0;
  for (const [open, close] of spans) {
    out += text.slice(from, open) + ' '.repeat(close - open);
    from = close;
  }
  return spans.length === 0 ? text : out + text.slice(from);
}
