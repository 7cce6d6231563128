/**
 * Finds the stretches of a Markdown (or MDX) tree that are prose, skips those whose raw text cannot match
 * (`mayMatch`), builds nlcst for the others and runs the engine over it. Shared by the remark plugin (on the
 * tree the user's processor parsed) and `checkMarkdown` (on a tree it parses itself).
 *
 * Scope: paragraphs, headings, list items, block quotes, table cells, link text, image alt text, JSX text and
 * string attributes, front-matter `title` and `description`. Never: code (fenced, indented, inline), HTML,
 * URLs and autolinks, MDX expressions and ESM, definitions.
 */
import { checkTree, mayMatch, type CompiledPolicy, type Finding } from '@redline/core';
import { rawMayMatch } from './precheck.js';
import type { SentenceContent } from 'nlcst';
import type { Node } from 'unist';
import { alignValue, type Decoder } from './align.js';
import { jsxString, markdownText } from './decode.js';
import { frontMatterFields } from './front-matter.js';
import { NlcstBuilder } from './nlcst.js';

/** A finding and the mdast nodes around it (root first), for the message's `ancestors`. */
export interface LocatedFinding {
  finding: Finding;
  ancestors: Node[];
}

/** Counters that tests read to show which work was skipped. */
export interface CheckStats {
  /** Markdown documents parsed by `checkMarkdown`. */
  markdownParses: number;
  /** Stretches of prose converted to nlcst (only those whose raw text passed `mayMatch`). */
  nlcstConversions: number;
  /** Table rows left out of a parse because they cannot match (see table-rows.ts). */
  tableRowsLeftOut: number;
  /** Line indexes of a document built (each costs up to the document's length): one per checked document. */
  lineIndexes: number;
}

// One set of counters per process, kept on the global object: the command line runs a bundled copy of this
// module, and a test that imports remark-redline next to it must read the counters that copy increments.
const STATS_KEY = Symbol.for('remark-redline.checkStats');
const shared = globalThis as { [STATS_KEY]?: CheckStats };

export const checkStats: CheckStats = (shared[STATS_KEY] ??= { markdownParses: 0, nlcstConversions: 0, tableRowsLeftOut: 0, lineIndexes: 0 });

/** The nlcst builder (and line index) of one document: share it between the trees parsed from that document. */
export function nlcstBuilderFor(source: string): NlcstBuilder {
  checkStats.lineIndexes++;
  return new NlcstBuilder(source);
}

interface MdNode extends Node {
  value?: unknown;
  children?: MdNode[];
  alt?: string | null;
  attributes?: MdNode[];
}

/** Blocks whose children are phrasing content: each is its own sentence context. */
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes never linted, with everything inside them. */
const NEVER = new Set(['code', 'html', 'math', 'inlineCode', 'inlineMath', 'definition', 'footnoteReference', 'toml', 'thematicBreak', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Check the prose of `tree`. `source` is the document the tree was parsed from; findings' offsets point into it
 * (parsers drop a leading BOM from positions, which is added back here).
 */
export function lintTree(
  tree: Node,
  source: string,
  compiled: CompiledPolicy,
  shift = source.charCodeAt(0) === 0xfeff && tree.position?.end.offset === source.length - 1 ? 1 : 0,
  shared?: () => NlcstBuilder,
): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  let builder: NlcstBuilder | undefined;

  walk(tree as MdNode, []);
  return out.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end || a.finding.ruleId.localeCompare(b.finding.ruleId));

  function range(node: Node): [number, number] | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? undefined : [start + shift, end + shift];
  }

  /** Convert and check one stretch, unless its text (raw Markdown when `raw`, else a decoded string value) cannot match. */
  function unit(text: string, ancestors: Node[], content: (nlcst: NlcstBuilder) => SentenceContent[], raw = false): void {
    if (!(raw ? rawMayMatch(text, compiled) : mayMatch(text, compiled))) return;
    checkStats.nlcstConversions++;
    builder ??= shared ? shared() : nlcstBuilderFor(source);
    const root = builder.root(content(builder));
    for (const finding of checkTree(root, compiled, source)) out.push({ finding, ancestors });
  }

  function walk(node: MdNode, parents: Node[]): void {
    if (NEVER.has(node.type)) return;
    const ancestors = [...parents, node];
    if (node.type === 'yaml') return frontMatter(node, ancestors);
    if (JSX_ELEMENTS.has(node.type)) attributes(node, ancestors);
    const children = node.children ?? [];
    if (PHRASING_BLOCKS.has(node.type) || children.some((child) => child.type === 'text')) {
      const bounds = range(node);
      if (bounds) unit(source.slice(bounds[0], bounds[1]), ancestors, (nlcst) => phrasing(node, ancestors, nlcst, []), true);
      return;
    }
    for (const child of children) walk(child, ancestors);
  }

  /** The sentence content of a phrasing parent; string attributes of JSX inside it are checked on their own. */
  function phrasing(node: MdNode, ancestors: Node[], nlcst: NlcstBuilder, out: SentenceContent[]): SentenceContent[] {
    for (const child of node.children ?? []) {
      const bounds = range(child);
      if (!bounds || child.type === 'html' || child.type === 'footnoteReference') continue;
      if (child.type === 'text' && typeof child.value === 'string') {
        append(out, valueTokens(nlcst, child.value, bounds[0], bounds[1], markdownText));
      } else if (child.type === 'break') {
        out.push(nlcst.lineBreak(bounds[0], bounds[1]));
      } else if (child.type === 'image' || child.type === 'imageReference') {
        // The alt text sits after "![", possibly with markup and escapes; alignment finds it.
        if (child.alt) append(out, valueTokens(nlcst, child.alt, bounds[0] + 2, bounds[1], markdownText));
      } else if (child.type === 'link' && source.charCodeAt(bounds[0]) !== 91 /* [ */) {
        out.push(nlcst.opaque(bounds[0], bounds[1])); // an autolink: a URL, never prose
      } else if (child.children) {
        if (JSX_ELEMENTS.has(child.type)) attributes(child, [...ancestors, child]);
        phrasing(child, ancestors, nlcst, out);
      } else if (child.value !== undefined) {
        out.push(nlcst.opaque(bounds[0], bounds[1])); // inline code, expressions, math: never prose
      }
    }
    return out;
  }

  /** Tokens of a parsed value written in `source[from, to)`; an opaque node if it cannot be mapped exactly. */
  function valueTokens(nlcst: NlcstBuilder, value: string, from: number, to: number, decode: Decoder): SentenceContent[] {
    const map = alignValue(value, source, from, to, decode);
    return map ? nlcst.tokens(value, map) : [nlcst.opaque(from, to)];
  }

  /** JSX string attributes (`title="…"`) are prose of their own; expressions are not. */
  function attributes(element: MdNode, ancestors: Node[]): void {
    for (const attribute of element.attributes ?? []) {
      const bounds = range(attribute);
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !bounds) continue;
      const quote = attributeValueStart(bounds);
      if (quote === undefined) continue;
      const value = attribute.value;
      // Checked on the decoded value: escapes in the raw text can hide or split words.
      unit(value, [...ancestors, attribute], (nlcst) => valueTokens(nlcst, value, quote + 1, bounds[1] - 1, jsxString));
    }
  }

  /** Offset of the opening quote of an attribute's string value (`name = "…"`). */
  function attributeValueStart([start, end]: [number, number]): number | undefined {
    let at = source.indexOf('=', start);
    if (at === -1 || at >= end) return undefined;
    at++;
    while (at < end && /\s/.test(source.charAt(at))) at++;
    const quote = source.charAt(at);
    return quote === '"' || quote === "'" ? at : undefined;
  }

  /** Front-matter `title` and `description`, positioned in the file. */
  function frontMatter(node: MdNode, ancestors: Node[]): void {
    const bounds = range(node);
    if (!bounds || typeof node.value !== 'string') return;
    for (const field of frontMatterFields(source, bounds[0], node.value)) {
      unit(field.value, ancestors, (nlcst) => valueTokens(nlcst, field.value, field.from, field.to, field.decode ?? noDecoder));
    }
  }
}

const noDecoder: Decoder = () => undefined;

/** `target.push(...items)` without spreading: a 1 MB paragraph has more tokens than a call may take arguments. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
