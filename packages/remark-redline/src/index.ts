/**
 * remark-redline: checks the prose of Markdown and MDX against a redline policy. The plugin lints the tree
 * your processor parsed; `checkMarkdown` parses a document itself (GFM, YAML front matter, MDX on request)
 * and returns core findings.
 */
import type { CompiledPolicy, Finding } from '@redline/core';
import type { Root } from 'mdast';
import { findingToMessage, policyTransform, type RedlineOptions } from 'retext-redline';
import { VFile } from 'vfile';
import { applyDisableComments } from './control.js';
import type { Node } from 'unist';
import { topLevelStretches, type Stretch } from './blocks.js';
import { rowsToLeaveOut } from './table-rows.js';
import { parseMarkdown } from './parsers.js';
import { proseThatMayMatch, rawMayMatch } from './precheck.js';
import { checkStats, lintTree, nlcstBuilderFor } from './lint.js';
import type { NlcstBuilder } from './nlcst.js';

export type { RedlineOptions } from 'retext-redline';
export { findingToMessage } from 'retext-redline';
export { checkStats, type CheckStats, type LocatedFinding } from './lint.js';
export { MARKER_NAME } from './control.js';
export { markdownMayMatch } from './precheck.js';

/**
 * Check Markdown (or MDX) prose against a redline policy.
 *
 * Lints the tree your processor parsed: add `remark-gfm` for tables and autolink literals, `remark-frontmatter`
 * for front matter and `remark-mdx` for MDX before it. Disable comments apply to its messages.
 *
 * @param options
 *   Which policy to use (optional): `policy`, `config` or `preset`; by default the config discovered for
 *   `file.path`, else `redline:recommended`.
 */
export default function remarkRedline(options?: RedlineOptions) {
  return policyTransform<Root>(options, check);
}

function check(tree: Root, file: VFile, compiled: CompiledPolicy): undefined {
  const source = String(file);
  if (!rawMayMatch(source, compiled)) return;
  const found = lintTree(tree, source, compiled);
  if (found.length === 0) return;
  for (const { finding, ancestors } of found) findingToMessage(file, finding, ancestors);
  applyDisableComments(tree, file, compiled.rules.map((rule) => rule.id), true);
}

/** A Markdown/MDX syntax error, or a disable comment with an unknown keyword: `line:column: reason`. */
export class MarkdownError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(line === undefined ? reason : `${line}:${column ?? 1}: ${reason}`);
    this.name = 'MarkdownError';
  }
}

/**
 * Check a Markdown (or, with `mdx: true`, MDX) document: GFM and YAML front matter included, disable comments
 * applied. Returns core findings with offsets into `source`, sorted by start. A document in which no phrase
 * can match is not parsed at all, and the others only in the top-level stretches that may match (`whole: true`
 * parses the document whole, with the same result). Throws a `MarkdownError` on invalid MDX or an unknown disable keyword.
 */
export function checkMarkdown(source: string, compiled: CompiledPolicy, options: { mdx?: boolean; whole?: boolean } = {}): Finding[] {
  const prose = proseThatMayMatch(source, compiled);
  if (prose === undefined) return [];
  // "]:" inside fenced code (JSON, Python) is not a definition: only the rest of the document can hold one (code
  // spans that hold "]:" are not blanked, since a definition's label may hold a backtick).
  if (!options.mdx && !options.whole && !DISABLE_COMMENT.test(source) && !prose.includes(']:')) {
    return checkByStretches(source, compiled, prose);
  }
  checkStats.markdownParses++;
  const tree = withLocation(() => parseMarkdown(source, options));
  const found = lintTree(tree, source, compiled);
  if (found.length === 0) return [];
  const file = new VFile({ value: source });
  const byMessage = new Map(found.map(({ finding, ancestors }) => [findingToMessage(file, finding, ancestors), finding]));
  withLocation(() => applyDisableComments(tree, file, compiled.rules.map((rule) => rule.id), false));
  return file.messages.flatMap((message) => byMessage.get(message) ?? []);
}

/**
 * A disable comment needs the whole tree (remark-message-control works on siblings), and a link or footnote
 * definition (anything with "]:") may give meaning to brackets in other stretches: such documents parse whole.
 */
const DISABLE_COMMENT = /<!--\s*redline\b/;

/**
 * Parse and check only the top-level stretches that may hold a finding (see blocks.ts), each with its positions
 * moved to where the stretch sits in `source`.
 */
function checkByStretches(source: string, compiled: CompiledPolicy, prose: string): Finding[] {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const findings: Finding[] = [];
  // One line index for the whole document: a new one per stretch would grow from the start every time.
  let nlcst: NlcstBuilder | undefined;
  const shared = (): NlcstBuilder => (nlcst ??= nlcstBuilderFor(source));
  for (const stretch of topLevelStretches(source, bom)) {
    const text = source.slice(stretch.start, stretch.end);
    // The prose of the document lines up with it: its stretch is the stretch's prose.
    if (!rawMayMatch(prose.slice(stretch.start, stretch.end), compiled)) continue;
    checkStats.markdownParses++;
    const tree = parseWithoutRows(text, stretch, compiled, prose) ?? parseInPlace(text, stretch);
    for (const { finding } of lintTree(tree, source, compiled, 0, shared)) findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/**
 * When `text` starts with a table some of whose rows cannot match, parse it without them (see table-rows.ts), with
 * positions moved to `source`. Undefined when there is no such table, or when the parser says it is none.
 */
function parseWithoutRows(text: string, stretch: Stretch, compiled: CompiledPolicy, prose: string): Root | undefined {
  const leftOut = rowsToLeaveOut(text, (row, start) => rawMayMatch(prose.slice(stretch.start + start, stretch.start + start + row.length), compiled));
  if (leftOut.length === 0) return undefined;
  // The kept parts, joined; each remembers where it sits in `source`.
  const parts: Part[] = [];
  let shortened = '';
  let shortenedLines = 0;
  let from = 0;
  let line = stretch.line;
  const keep = (start: number, end: number): void => {
    if (end <= start) return;
    parts.push({ from: shortened.length, offset: stretch.start + start - shortened.length, lines: line - 1 - shortenedLines });
    const part = text.slice(start, end);
    shortened += part;
    shortenedLines += countLines(part);
  };
  for (const range of leftOut) {
    keep(from, range.start);
    line += countLines(text.slice(from, range.end));
    from = range.end;
  }
  keep(from, text.length);
  const tree = withLocation(() => parseMarkdown(shortened));
  if (tree.children[0]?.type !== 'table') return undefined;
  for (const range of leftOut) checkStats.tableRowsLeftOut += countLines(text.slice(range.start, range.end - 1)) + 1;
  placePositions(tree, parts);
  return tree;
}

/** Parse a stretch, with positions moved to where it sits in the source. */
function parseInPlace(text: string, stretch: Stretch): Root {
  const tree = withLocation(() => parseMarkdown(text));
  movePositions(tree, stretch.start, stretch.line - 1);
  return tree;
}

/** A kept part of a stretch: where it starts in the shortened text, and what to add to reach `source`. */
interface Part {
  from: number;
  offset: number;
  lines: number;
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The part that holds offset `at` of the shortened text (or ends there, for an end point). */
function partAt(parts: Part[], at: number, isEnd: boolean): Part {
  let found = parts[0] as Part;
  for (const part of parts) {
    if (isEnd ? part.from >= at : part.from > at) break;
    found = part;
  }
  return found;
}

/** Move every position of a tree parsed from the shortened text to its place in the source. */
function placePositions(node: Node, parts: Part[]): void {
  const position = node.position;
  if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
    const start = partAt(parts, position.start.offset, false);
    const end = partAt(parts, position.end.offset, true);
    position.start.offset += start.offset;
    position.start.line += start.lines;
    position.end.offset += end.offset;
    position.end.line += end.lines;
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) placePositions(child, parts);
}

/** Shift every position in `tree` by `offset` characters and `lines` lines (a stretch starts at a line start). */
function movePositions(node: Node, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
    position.start.line += lines;
    position.end.line += lines;
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) movePositions(child, offset, lines);
}

/** Run `run`, turning a vfile message thrown by the parser or by message control into a MarkdownError. */
function withLocation<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const place = error as { reason?: unknown; line?: unknown; column?: unknown };
    if (error instanceof Error && typeof place.reason === 'string') {
      throw new MarkdownError(place.reason, typeof place.line === 'number' ? place.line : undefined, typeof place.column === 'number' ? place.column : undefined);
    }
    throw error;
  }
}
