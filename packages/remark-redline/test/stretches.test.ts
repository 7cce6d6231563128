import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePolicy, presetPolicy } from '@redline/core';
import { checkMarkdown, checkStats } from 'remark-redline';
import { topLevelStretches } from '../src/blocks.js';

const compiled = compilePolicy(presetPolicy());

/** The text of each stretch. */
function cut(source: string): string[] {
  return topLevelStretches(source, 0).map((stretch) => source.slice(stretch.start, stretch.end));
}

describe('top-level stretches', () => {
  it('cuts before a column-0 line after a blank line, and covers the document', () => {
    expect(cut('# Title\n\nOne para.\nstill one.\n\nTwo.\n')).toEqual(['# Title\n\n', 'One para.\nstill one.\n\n', 'Two.\n']);
  });

  it('never cuts inside fenced code, HTML comments, <pre> or front matter', () => {
    const fenced = '```\ncode\n\nmore code\n```\n\nAfter.\n';
    expect(cut(fenced)).toEqual(['```\ncode\n\nmore code\n```\n\n', 'After.\n']);
    const comment = '<!--\nnote\n\nstill note\n-->\n\nAfter.\n';
    expect(cut(comment)).toEqual(['<!--\nnote\n\nstill note\n-->\n\n', 'After.\n']);
    const pre = '<pre>\nx\n\ny\n</pre>\n\nAfter.\n';
    expect(cut(pre)).toEqual(['<pre>\nx\n\ny\n</pre>\n\n', 'After.\n']);
    const front = '---\ntitle: A\n\ndescription: B\n---\n\nBody.\n';
    expect(cut(front)).toEqual(['---\ntitle: A\n\ndescription: B\n---\n\n', 'Body.\n']);
  });

  it('never cuts right after indented code, which changes how micromark reads the next block', () => {
    // After indented code, "2. item" is a paragraph (an ordered list may not start at 2 where it would interrupt
    // one); alone it would be a list, and its indented continuation prose.
    expect(cut('    code\n\n2. Acme\n\n    calls OpenAI\n\nAfter.\n')).toEqual(['    code\n\n2. Acme\n\n    calls OpenAI\n\nAfter.\n']);
    expect(cut('\tcode\n\n\n- x\n\nAfter.\n')).toEqual(['\tcode\n\n\n- x\n\n', 'After.\n']);
    const source = '    indented code: Acme calls OpenAI\n\n2. Acme invokes OpenAI\n\n    indented code: Acme calls OpenAI\n\nAcme **enables** access to\n[OpenAI](https://openai.com) models.\n';
    expect(checkMarkdown(source, compiled).map((finding) => finding.actual)).toEqual(['invokes OpenAI', 'enables** access to\n[OpenAI']);
    expect(checkMarkdown(source, compiled)).toEqual(checkMarkdown(source, compiled, { whole: true }));
  });

  it('keeps indented continuations with their list item and stops cutting at an unclosed fence', () => {
    expect(cut('- item\n\n  continued\n\nAfter.\n')).toEqual(['- item\n\n  continued\n\n', 'After.\n']);
    expect(cut('Para.\n\n```\nnever closed\n\nText.\n')).toEqual(['Para.\n\n', '```\nnever closed\n\nText.\n']);
  });
});

const fragments = [
  'Acme **enables** access to\n[OpenAI](https://openai.com) models.',
  '```js\n// enables access to OpenAI\n\ncall(OpenAI)\n```',
  '- Acme calls on the latest GPT-4o\n\n  and sends your prompts to ChatGPT.',
  '| Plan | Notes |\n| --- | --- |\n| Team | Unlimited access to GPT-4o |',
  '> Acme gives your team direct access to ChatGPT.',
  '<!--\nAcme enables access to OpenAI\n\n-->',
  '<pre>\nAcme calls OpenAI\n\n</pre>',
  '    indented code: Acme calls OpenAI',
  'Use the [OpenAI API][api] today, with Open AI.',
  '[api]: https://example.com/api',
  '1. Step one\n\n   Acme invokes ChatGPT for you.',
  '# Acme routes every request to OpenAI',
  'Plain filler text about dashboards and reports. '.repeat(20),
  '- Acme calls on OpenAI\n- and more',
  '- plain item\n- another plain item',
  '* Acme sends prompts to ChatGPT',
  '2. Acme invokes OpenAI',
  '1) Acme routes requests to OpenAI',
  '<!-- -->',
  'Acme enables access to\n\n    OpenAI in indented code',
  '-',
  '2) Acme calls OpenAI',
  '<custom-tag>Acme calls OpenAI',
  '\tAcme calls OpenAI in tab-indented code',
  '| Plan |\n| --- |\n| Acme calls OpenAI |',
  'Setext Acme calls OpenAI\n===',
];

describe('the pre-check agrees with the Markdown scope', () => {
  it('lets a claim through whose words are split by inline HTML, which the scope reads through', () => {
    const source = 'Acme provides access <b>to</b> OpenAI models.';
    expect(checkMarkdown(source, compiled).map((finding) => finding.actual)).toEqual(['provides access <b>to</b> OpenAI']);
  });
});

describe('parsing stretch by stretch', () => {
  it('finds exactly what parsing the whole document finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { minLength: 3, maxLength: 30 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'), (parts, join) => {
        const source = parts.join(join) + '\n';
        expect(checkMarkdown(source, compiled)).toEqual(checkMarkdown(source, compiled, { whole: true }));
      }),
      { numRuns: 400 },
    );
  });

  it('parses only the stretches that may hold a finding', () => {
    const filler = 'Plain filler text about dashboards and reports.\n\n'.repeat(200);
    const source = `${filler}Acme enables access to OpenAI.\n\n${filler}`;
    checkStats.markdownParses = 0;
    const findings = checkMarkdown(source, compiled);
    expect(findings.map((finding) => finding.actual)).toEqual(['enables access to OpenAI']);
    expect(checkStats.markdownParses).toBe(1);
  });

  it('parses each stretch that may match alone, with its findings at their place in the document', () => {
    const filler = 'Plain filler text about dashboards and reports.\n\n'.repeat(100);
    const source = `${filler}- Acme calls on OpenAI.\n\n${filler}- Acme sends your prompts to ChatGPT.\n\n${filler}`;
    checkStats.markdownParses = 0;
    const findings = checkMarkdown(source, compiled);
    expect(checkStats.markdownParses).toBe(2);
    const first = source.indexOf('calls on OpenAI');
    const second = source.indexOf('sends your prompts to ChatGPT');
    expect(findings.map((finding) => [finding.ruleId, finding.start, finding.actual])).toEqual([
      ['no-invocation-claim', first, 'calls on OpenAI'],
      ['no-invocation-claim', second, 'sends your prompts to ChatGPT'],
    ]);
  });
});
