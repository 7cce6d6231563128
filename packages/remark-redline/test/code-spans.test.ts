/**
 * Blanking code spans before the pre-check (code-spans.ts): only spans the parser certainly reads as code are
 * blanked, offsets and line breaks kept; a piece where that is not certain is left as it is. The property test in
 * test/reliability/prefilter-properties.test.ts checks that no finding is lost; these cases fix each rule.
 */
import { describe, expect, it } from 'vitest';
import { withoutCodeSpans } from '../src/code-spans.js';

const cases: [string, string, string][] = [
  ['spans of one and two backticks', 'Set `AZURE_OPENAI_ENDPOINT` and ``a ` b`` here.', 'Set                         and           here.'],
  ['brackets, parentheses and braces inside a span', 'Call `Workflow.as_agent()` and `{a,b}`.', 'Call                       and        .'],
  ['a span after a link', 'See [docs](u) and `OpenAI`.', 'See [docs](u) and         .'],
  ['cells of a table row', '| `a` | `b` |', '|     |     |'],
  ['not front matter, which is YAML', '---\ntitle: `x`\n---\nBody `y`.', '---\ntitle: `x`\n---\nBody    .'],
  ['a span inside a link title that spans lines (hidden either way)', '[a](u "multi\nline `t` title") `z`.', '[a](u "multi\nline     title")    .'],
  ['one piece, and not the next one where a run is unmatched', 'Fine `a` here.\n\nUnmatched ` there `x`.', 'Fine     here.\n\nUnmatched ` there `x`.'],
  ['nothing when a span runs across lines', 'One `open\nclose` two.', 'One `open\nclose` two.'],
  ['nothing when a backtick stands in a link target', 'See [docs](u`x`) and `y`.', 'See [docs](u`x`) and `y`.'],
  ['nothing after a tag', 'A <b>tag</b> then `OpenAI`.', 'A <b>tag</b> then `OpenAI`.'],
  ['nothing when an autolink literal runs into a backtick', 'Go www.a.b/`c` then `d`.', 'Go www.a.b/`c` then `d`.'],
  ['a span after an autolink literal that ended', 'Go www.a.b/ `c` then.', 'Go www.a.b/     then.'],
  ['nothing when a cell ends between the runs', '| `a | b` |', '| `a | b` |'],
  ['nothing when a backtick is escaped', 'Escaped \\` and `x`.', 'Escaped \\` and `x`.'],
  ['nothing when a definition label may hold the backtick', 'A `x]: y` pair.', 'A `x]: y` pair.'],
];

describe('withoutCodeSpans', () => {
  it.each(cases)('blanks %s', (_, text, expected) => {
    const blanked = withoutCodeSpans(text);
    expect(blanked).toBe(expected);
    expect(blanked.length).toBe(text.length);
  });

  it('returns the very same string when there is nothing to blank', () => {
    const text = 'No code here.\n\nNone at all.';
    expect(withoutCodeSpans(text)).toBe(text);
  });
});
