/**
 * Builds nlcst (retext's syntax tree) for one lintable stretch of a document: the sentence content of the
 * stretch's text values, tokenized by parse-english, with every node positioned at the exact source it was
 * written as. It follows mdast-util-to-nlcst, which positions a value's tokens by its length and so drifts
 * inside block quotes, list items, escapes, character references and image alt text.
 */
import type { Paragraph, Root, RootContent, Sentence, SentenceContent } from 'nlcst';
import { createEnglishParser } from '@redline/core';
import type { Point, Position } from 'unist';
import { location, type Location } from 'vfile-location';
import { sourceRange, type SourceMap } from './align.js';

// Ported from mdast-util-to-nlcst (via parse-latin): white space that ends a paragraph, a sentence's last mark.
const NEW_LINE = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
const TERMINAL_MARKER = /^([!.?\u2026\u203D]+)$/;

type Content = SentenceContent | RootContent;

export class NlcstBuilder {
  private readonly parser = createEnglishParser();
  private readonly place: Location;

  constructor(readonly source: string) {
    this.place = location(source);
  }

  point(offset: number): Point {
    return this.place.toPoint(offset) ?? { line: 1, column: 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  /** The tokens of `value`, positioned through `map` (the value's source spans). */
  tokens(value: string, map: SourceMap): SentenceContent[] {
    const nodes = this.parser.tokenize(value);
    this.patch(nodes, map, 0);
    return nodes;
  }

  /** A stretch that is never linted (code, an expression, a URL): it breaks phrases, as inline code does in retext. */
  opaque(start: number, end: number): SentenceContent {
    return { type: 'SourceNode', value: this.source.slice(start, end), position: this.position(start, end) };
  }

  lineBreak(start: number, end: number): SentenceContent {
    return { type: 'WhiteSpaceNode', value: '\n', position: this.position(start, end) };
  }

  /** Position every node (recursively) from its value offset `from` through `map`; returns the offset after them. */
  private patch(nodes: Content[], map: SourceMap, from: number): number {
    let offset = from;
    for (const node of nodes) {
      if ('children' in node) {
        const start = offset;
        offset = this.patch(node.children as Content[], map, offset);
        node.position = this.position(...sourceRange(map, start, offset));
      } else {
        const start = offset;
        offset += node.value.length;
        node.position = this.position(...sourceRange(map, start, offset));
      }
    }
    return offset;
  }

  /** Sentence content → sentences → paragraphs → root, with parse-english's plugins (as mdast-util-to-nlcst does). */
  root(nodes: SentenceContent[]): Root {
    if (nodes.length === 0) return { type: 'RootNode', children: [] };
    const sentence: Sentence = { type: 'SentenceNode', children: nodes, position: span(nodes) };
    for (const plugin of this.parser.tokenizeSentencePlugins) plugin(sentence);
    const paragraph: Paragraph = { type: 'ParagraphNode', children: splitNode(sentence, 'PunctuationNode', TERMINAL_MARKER), position: span(nodes) };
    for (const plugin of this.parser.tokenizeParagraphPlugins) plugin(paragraph);
    const root: Root = { type: 'RootNode', children: splitNode(paragraph, 'WhiteSpaceNode', NEW_LINE), position: span(nodes) };
    for (const plugin of this.parser.tokenizeRootPlugins) plugin(root);
    return root;
  }
}

function span(nodes: { position?: Position | undefined }[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes.at(-1)?.position?.end;
  return start && end ? { start: { ...start }, end: { ...end } } : undefined;
}

function toText(node: Content): string {
  return 'children' in node ? (node.children as Content[]).map(toText).join('') : node.value;
}

/** Split a parent's children after every child of `type` whose text matches `expression` (and after the last). */
function splitNode<T extends Sentence | Paragraph>(node: T, type: Content['type'], expression: RegExp): T[] {
  const result: T[] = [];
  let start = 0;
  const children = node.children as Content[];
  children.forEach((token, index) => {
    if (index !== children.length - 1 && !(token.type === type && expression.test(toText(token)))) return;
    const part = children.slice(start, index + 1);
    result.push({ type: node.type, children: part, position: span(part) } as T);
    start = index + 1;
  });
  return result;
}
