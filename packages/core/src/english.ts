/**
 * parse-english with a bound on its worst case. Several of its plugins merge tokens with `Array#splice` inside a
 * loop over a node's children, which is quadratic in the number of children: one 400 KB "sentence" of hyphenated
 * words took 28 s. Copy in a pull request must not be able to hang CI, so when a node has more children than any
 * real sentence or paragraph, each plugin runs on slices of it cut at white space (the plugins only merge tokens
 * that touch, so a cut at white space changes nothing they would do) and the slices are joined again. Below the
 * bound the parser is parse-english, untouched.
 */
import type { ParseEnglish } from 'parse-english';
import type { Paragraph, Root, Sentence } from 'nlcst';
import { parseEnglishModule } from './lazy.js';

/** Children per node above which plugins run slice by slice. Real sentences and paragraphs stay far below. */
export const SLICE_CHILDREN = 2_000;

type Parent = Root | Paragraph | Sentence;
type Plugin<T extends Parent> = (node: T) => undefined | void;

function bounded<T extends Parent>(plugin: Plugin<T>): Plugin<T> {
  return (node) => {
    const children = node.children as T['children'][number][];
    if (children.length <= SLICE_CHILDREN) return plugin(node);
    const joined: T['children'][number][] = [];
    let start = 0;
    while (start < children.length) {
      let end = Math.min(start + SLICE_CHILDREN, children.length);
      // In a sentence, cut right after white space, so that touching tokens stay in one slice. A paragraph or
      // root is cut between any two of its sentences.
      if (node.type === 'SentenceNode') while (end < children.length && children[end - 1]?.type !== 'WhiteSpaceNode') end++;
      const slice = { ...node, children: children.slice(start, end) } as T;
      plugin(slice);
      for (const child of slice.children as T['children'][number][]) joined.push(child);
      start = end;
    }
    (node as { children: unknown[] }).children = joined;
    const first = joined[0]?.position;
    const last = joined.at(-1)?.position;
    if (first && last && !node.position) node.position = { start: first.start, end: last.end };
  };
}

let BoundedParser: (new () => ParseEnglish) | undefined;

/**
 * The English parser every adapter uses (pass it to anything that builds nlcst), with bounded worst-case time.
 * parse-english is loaded on the first call: a run that never builds nlcst never loads it.
 */
export function createEnglishParser(): ParseEnglish {
  if (!BoundedParser) {
    const { ParseEnglish } = parseEnglishModule();
    BoundedParser = class EnglishParser extends ParseEnglish {
      constructor() {
        super();
        this.tokenizeSentencePlugins = this.tokenizeSentencePlugins.map((plugin) => bounded(plugin));
        this.tokenizeParagraphPlugins = this.tokenizeParagraphPlugins.map((plugin) => bounded(plugin));
        this.tokenizeRootPlugins = this.tokenizeRootPlugins.map((plugin) => bounded(plugin));
      }
    };
  }
  return new BoundedParser();
}
