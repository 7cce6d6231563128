/**
 * Leaving the rows of a long GFM table that cannot match out of the parse. Reference tables (versions, settings,
 * samples) are the longest stretches of real docs, and a stretch is parsed whole once one of its rows may match:
 * measured on the corpus, a third of the text that reached the parser was table rows that could not.
 *
 * Each body row of a table is parsed on its own (its cells are inline content of that line only), so the rows kept
 * parse the same without the others. A row is left out only when the stretch starts with a table (its first line
 * follows a blank line at column 0, so it cannot continue a paragraph) and the row is one of the lines starting
 * with "|" that directly follow the delimiter row: no other block starts with "|", so those lines are the
 * table's body, and nothing after them changes. The caller confirms the table with the parser (the tree of the
 * shortened text must start with a table) and otherwise parses the stretch whole.
 */

/** A part of a text, by offsets. */
export interface Range {
  start: number;
  end: number;
}

/** A GFM delimiter row, loosely: the parser has the last word on whether the table is one. */
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/;

/**
 * The body rows of the table that starts `text` for which `mayMatch` (given each row and its offset) is false, each
 * with its line break, in order; none when `text` does not start with a header row and a delimiter row.
 */
export function rowsToLeaveOut(text: string, mayMatch: (row: string, start: number) => boolean): Range[] {
  const headerEnd = text.indexOf('\n');
  if (headerEnd === -1 || !text.slice(0, headerEnd).includes('|')) return [];
  const delimiterEnd = text.indexOf('\n', headerEnd + 1);
  if (delimiterEnd === -1 || !DELIMITER_ROW.test(text.slice(headerEnd + 1, delimiterEnd))) return [];
  const out: Range[] = [];
  let start = delimiterEnd + 1;
  while (start < text.length && text.charCodeAt(start) === 124 /* | */) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    if (!mayMatch(text.slice(start, end), start)) {
      const last = out[out.length - 1];
      if (last && last.end === start) last.end = end;
      else out.push({ start, end });
    }
    start = end;
  }
  return out;
}
