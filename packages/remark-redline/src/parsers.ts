/**
 * The Markdown parsers behind `checkMarkdown`. GFM's constructs cost more than CommonMark's own (its table is tried
 * at the start of every line, its autolink literals at every letter), yet each of them needs a character or marker
 * that most prose never holds. Text without any of those markers parses to the same tree without GFM, about twice
 * as fast, so the parser is picked per text: measured on the corpus stretches that reach the parser, 4 in 5 hold
 * none.
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const gfmParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const commonMarkParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
/**
 * The MDX parser, built on first use: remark-mdx (with acorn) is a third of the remark stack's load time, and most
 * runs never meet an .mdx file. Loaded with require, which Node (20.19 on) gives ES modules too, so that
 * `checkMarkdown` stays synchronous.
 */
function buildMdxParser() {
  const remarkMdx = (createRequire(import.meta.url)('remark-mdx') as typeof import('remark-mdx')).default;
  return unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze();
}

let mdxParser: ReturnType<typeof buildMdxParser> | undefined;

/**
 * What any GFM construct needs somewhere in the text: a table a pipe, or a delimiter row with a colon (a table of
 * one column needs no pipe: "Name\n:--"); strikethrough a tilde; a footnote "[^"; a task
 * list item "[ ]" or "[x]" (any white space inside the brackets); an autolink literal "www.", "http://",
 * "https://" or, for e-mail, "mailto:" and "xmpp:" links included, an "@".
 */
const GFM_MARKER = /[|~@]|:-|-:|\[\^|\[[\sx]\]|www\.|https?:\/\//i;

/** Whether parsing `text` with GFM may give another tree than CommonMark alone. */
export function mayNeedGfm(text: string): boolean {
  return GFM_MARKER.test(text);
}

/** Parse Markdown (GFM and YAML front matter), or MDX. */
export function parseMarkdown(text: string, options: { mdx?: boolean } = {}): Root {
  if (options.mdx) return (mdxParser ??= buildMdxParser()).parse(text);
  return (mayNeedGfm(text) ? gfmParser : commonMarkParser).parse(text);
}
