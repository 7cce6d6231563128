import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayNeedGfm, parseMarkdown } from '../src/parsers.js';

const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

describe('picking the parser', () => {
  it('asks for GFM at every marker a GFM construct needs, and not for plain prose', () => {
    const needing = ['a | b', '~~gone~~', 'mail me@example.com', 'see www.example.com', 'HTTPS://example.com', 'note[^1]', '- [ ] todo', '- [X] done', '- [\t] tab', 'Name\n:--', 'Name\n--:'];
    expect(needing.filter((text) => !mayNeedGfm(text))).toEqual([]);
    const plain = ['Acme **enables** access to [OpenAI](/docs/openai).', '# Heading\n\n> quote\n\n1. item', 'A [link][ref] and `code`.', '<b>html</b> &amp; [ref] and [y]'];
    expect(plain.filter((text) => mayNeedGfm(text))).toEqual([]);
  });

  // Pieces of Markdown without GFM markers (CommonMark only), then some with them, in any order and nesting.
  const commonMarkPiece = fc.constantFrom(
    'Acme **enables** access to [OpenAI](/docs) models.',
    '*emphasis* and _more_ and `code` and \\*escaped\\*',
    '# Heading', 'Setext\n===', '> quoted\n> line', '- item\n  - nested\n- item', '1. one\n2. two', '    indented code',
    '```\nfenced\n```', '<div>\nhtml\n</div>', '<!-- comment -->', '[ref]: /url "title"', 'a [ref] and [y]', '---\ntitle: A\n---',
    '---', '***', 'line  \nbreak', '&amp; &copy; &#35;', '<b>inline</b> html', '![image](/i.png)', '<https://autolink.example>',
  );
  const commonMarkChar = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\n\n', '*', '_', '`', '[', ']', '(', ')', '#', '>', '-', '+', '1.', '<', '&', '\\', '!', ':', '=', '---');
  const gfmPiece = fc.constantFrom('| a | b |\n| - | - |\n| c | d |', 'one\n:-:', 'two\n---:', 'a | b\n- | -', 'www.example.com', 'https://example.com', '~~strike~~', '~one~', 'me@example.com', '[^note]\n\n[^note]: text', '- [ ] task', '* [x] done');
  const commonMarkText = fc.array(fc.oneof(commonMarkPiece, commonMarkChar), { maxLength: 24 }).map((parts) => parts.join(''));
  const anyText = fc.array(fc.oneof(commonMarkPiece, commonMarkChar, gfmPiece, fc.constantFrom('|', '~', '@', '^')), { maxLength: 24 }).map((parts) => parts.join(''));

  it('gives exactly the GFM tree, positions included, for text without GFM markers', () => {
    fc.assert(
      fc.property(commonMarkText, (source) => {
        // "<https://…>" is a CommonMark autolink, but its "https://" sends the text to GFM: the property covers both.
        expect(parseMarkdown(source)).toEqual(gfm.parse(source));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives exactly the GFM tree for any text', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        expect(parseMarkdown(source)).toEqual(gfm.parse(source));
      }),
      { numRuns: 1000 },
    );
  });
});
