import { checkMarkdown, checkStats, MarkdownError } from 'remark-redline';
import { describe, expect, it } from 'vitest';
import { check, compiled } from './helpers.js';

describe('checkMarkdown: prose that is linted', () => {
  it('matches across emphasis, links and soft line breaks', () => {
    const source = 'Acme **enables** access to [OpenAI](https://openai.com).\n\nAcme _enables_\naccess to *ChatGPT*.';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables** access to [OpenAI', 7],
      ['no-access-claim', 'enables_\naccess to *ChatGPT', 64],
    ]);
  });

  it('offers suggestions only where the matched source is plain words', () => {
    const [marked, plain] = checkMarkdown('Acme **enables** access to OpenAI.\n\nAcme enables access to OpenAI.', compiled);
    expect(marked!.suggestions).toEqual([]);
    expect(plain!.suggestions.map((suggestion) => suggestion.text)).toEqual(['is powered by OpenAI', 'integrates with OpenAI']);
    expect(plain!.start).toBe(41);
  });

  it('lints headings, and a heading ends a sentence', () => {
    expect(check('# Acme enables access to OpenAI\n\nAcme\n====\n\n## Acme enables access to\nOpenAI is great.')).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 7],
    ]);
    expect(check('Acme enables\naccess to OpenAI\n===')).toEqual([['no-access-claim', 'enables\naccess to OpenAI', 5]]);
  });

  it('lints list items, continuation lines included, and a list item ends a sentence', () => {
    const source = '- Acme enables access to\n  OpenAI models.\n- Acme enables access to\n- OpenAI\n  1. Acme calls ChatGPT.';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables access to\n  OpenAI', 7],
      ['no-invocation-claim', 'calls ChatGPT', 86],
    ]);
  });

  it('lints block quotes with exact offsets across their markers', () => {
    const source = '> Acme enables\n> access to OpenAI.\n>\n> > Acme calls\n> > ChatGPT.';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables\n> access to OpenAI', 7],
      ['no-invocation-claim', 'calls\n> > ChatGPT', 46],
    ]);
  });

  it('lints link text but not the URL, and image alt text but not its URL', () => {
    expect(check('See [Acme enables access to OpenAI](https://example.com).')).toEqual([['no-access-claim', 'enables access to OpenAI', 10]]);
    expect(check('See [the docs](https://example.com/enables-access-to-openai "Acme calls ChatGPT").')).toEqual([]);
    expect(check('![Acme *enables* access to OpenAI](https://example.com/x.png)')).toEqual([['no-access-claim', 'enables* access to OpenAI', 8]]);
    expect(check('![diagram](https://example.com/enables-access-to-openai.png)')).toEqual([]);
  });

  it('lints GFM tables cell by cell: a cell ends a sentence', () => {
    const source = '| Product | Claim |\n| --- | --- |\n| Acme | Acme enables access to OpenAI |\n| enables access to | OpenAI |\n| Acme calls ChatGPT | x |';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 48],
      ['no-invocation-claim', 'calls ChatGPT', 113],
    ]);
  });

  it('decodes character references and escapes without losing positions', () => {
    const source = 'Acme enables&nbsp;access to OpenAI &amp; more.\n\n\\*Acme\\* calls&#32;ChatGPT.';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables&nbsp;access to OpenAI', 5],
      ['no-invocation-claim', 'calls&#32;ChatGPT', 57],
    ]);
  });

  it('finds a name or trigger word written with character references (the pre-check reads them decoded too)', () => {
    expect(check('Acme c&#97;lls O&#112;enAI every day.\n')).toEqual([['no-invocation-claim', 'c&#97;lls O&#112;enAI', 5]]);
    expect(check('Long text.\n\n' + 'Filler words here. '.repeat(300) + '\n\nWe give acc&eacute;ss to Ch&#x61;tGPT.\n')).toEqual([]);
    expect(check('Long text.\n\n' + 'Filler words here. '.repeat(300) + '\n\nWe give acc&#x65;ss to Ch&#x61;tGPT.\n')).toEqual([
      ['no-access-claim', 'give acc&#x65;ss to Ch&#x61;tGPT', 5717],
    ]);
  });

  it('keeps exact offsets with astral characters', () => {
    expect(check('🚀 𝒜cme 😀 enables access to OpenAI 🤖.\n\n| 😀 | 🚀 calls ChatGPT |\n| - | - |')).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 12],
      ['no-invocation-claim', 'calls ChatGPT', 52],
    ]);
  });
});

describe('checkMarkdown: what is never linted', () => {
  it('skips fenced, indented and inline code', () => {
    expect(check('```md\nAcme enables access to OpenAI\n```\n\n    Acme enables access to OpenAI\n\nAcme `enables access to OpenAI`.')).toEqual([]);
    // Inline code breaks a phrase, as in retext.
    expect(check('Acme enables access to `OpenAI` models.')).toEqual([]);
  });

  it('skips URLs and autolinks', () => {
    expect(check('Acme enables access to <https://openai.com/>.\n\nAcme enables access to https://openai.com and www.openai.com.')).toEqual([]);
  });

  it('skips HTML, but still lints Markdown text between inline tags', () => {
    expect(check('<div>\nAcme enables access to OpenAI\n</div>\n\n<!-- Acme enables access to OpenAI -->')).toEqual([]);
    expect(check('Acme <b>enables</b> access to OpenAI.')).toEqual([['no-access-claim', 'enables</b> access to OpenAI', 8]]);
  });
});

describe('checkMarkdown: front matter', () => {
  it('lints title and description with positions in the file, and no other key', () => {
    const source = [
      '---',
      'title: Acme enables access to OpenAI',
      'description: "Acme\\tcalls\\u0020ChatGPT and \\"more\\""',
      'summary: Acme enables access to OpenAI',
      '---',
      '',
      'Body.',
    ].join('\n');
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 16],
      ['no-invocation-claim', 'calls\\u0020ChatGPT', 61],
    ]);
  });

  it('maps folded, single-quoted and block scalars', () => {
    const source = "---\ntitle: 'Acme''s tool enables access to OpenAI'\ndescription: >\n  Acme calls\n  ChatGPT.\n---\n";
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 25],
      ['no-invocation-claim', 'calls\n  ChatGPT', 73],
    ]);
  });

  it('handles CRLF front matter', () => {
    const source = '---\r\ntitle: Acme enables access to OpenAI\r\n---\r\n\r\nAcme calls ChatGPT.\r\n';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 17],
      ['no-invocation-claim', 'calls ChatGPT', 55],
    ]);
  });
});

describe('checkMarkdown: MDX', () => {
  it('lints JSX text and string attributes, not expressions or ESM', () => {
    const source = [
      "import { Note } from './note.js'",
      "export const meta = { title: 'Acme enables access to OpenAI' }",
      '',
      '<Note title="Acme enables access to OpenAI &amp; more" data={{ text: "Acme calls ChatGPT" }}>',
      '  Acme calls ChatGPT.',
      '</Note>',
      '',
      'Acme <Em>enables</Em> access to OpenAI. {"Acme calls ChatGPT"}',
      '',
      '<Card title="Acme calls ChatGPT" />',
    ].join('\n');
    expect(check(source, { mdx: true })).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 115],
      ['no-invocation-claim', 'calls ChatGPT', 198],
      ['no-access-claim', 'enables</Em> access to OpenAI', 231],
      ['no-invocation-claim', 'calls ChatGPT', 304],
    ]);
  });

  it('throws a MarkdownError with line and column on invalid MDX', () => {
    expect(() => checkMarkdown('Acme enables access to OpenAI <Note\n', compiled, { mdx: true })).toThrow(MarkdownError);
    try {
      checkMarkdown('Acme\n\nenables access to OpenAI {', compiled, { mdx: true });
    } catch (error) {
      expect(error).toBeInstanceOf(MarkdownError);
      expect((error as MarkdownError).message).toMatch(/^3:27: Unexpected end of file in expression, expected a corresponding closing brace for `\{`$/);
      expect((error as MarkdownError).line).toBe(3);
    }
    expect.assertions(4);
  });
});

describe('checkMarkdown: disable comments', () => {
  it('disables one rule, everything, and enables again', () => {
    const source = [
      'Acme enables access to OpenAI.', // 0: kept, above every comment
      '',
      '<!-- redline disable no-access-claim -->',
      '',
      'Acme enables access to OpenAI. Acme calls ChatGPT.', // access hidden, invocation kept
      '',
      '<!-- redline enable no-access-claim -->',
      '',
      'Acme enables access to OpenAI.', // kept
      '',
      '<!-- redline disable -->',
      '',
      'Acme calls ChatGPT.', // hidden
      '',
      '<!-- redline enable -->',
      '',
      'Acme calls ChatGPT.', // kept
    ].join('\n');
    expect(check(source).map(([rule, , start]) => [rule, source.slice(0, start).split('\n').length])).toEqual([
      ['no-access-claim', 1],
      ['no-invocation-claim', 5],
      ['no-access-claim', 9],
      ['no-invocation-claim', 17],
    ]);
  });

  it('ignores the next node only', () => {
    const source = '<!-- redline ignore -->\n- Acme enables access to OpenAI.\n- Acme calls ChatGPT.\n\nAcme calls ChatGPT.';
    expect(check(source)).toEqual([['no-invocation-claim', 'calls ChatGPT', 85]]);
    expect(check('<!-- redline ignore no-invocation-claim -->\nAcme calls ChatGPT. Acme enables access to OpenAI.')).toEqual([
      ['no-access-claim', 'enables access to OpenAI', 69],
    ]);
  });

  it('works with MDX expression comments', () => {
    const source = 'Acme calls ChatGPT.\n\n{/* redline disable no-invocation-claim */}\n\nAcme calls ChatGPT.\n\n{/* redline enable */}\n\nAcme calls ChatGPT.';
    expect(check(source, { mdx: true })).toEqual([
      ['no-invocation-claim', 'calls ChatGPT', 5],
      ['no-invocation-claim', 'calls ChatGPT', 116],
    ]);
  });

  it('throws a MarkdownError on an unknown keyword', () => {
    expect(() => checkMarkdown('<!-- redline skip -->\nAcme calls ChatGPT.', compiled)).toThrow(
      new MarkdownError("Unknown keyword `skip`: expected `'enable'`, `'disable'`, or `'ignore'`", 1, 1),
    );
    expect(() => checkMarkdown('<!-- redline skip -->\nAcme calls ChatGPT.', compiled)).toThrow("1:1: Unknown keyword `skip`: expected `'enable'`, `'disable'`, or `'ignore'`");
  });
});

describe('checkMarkdown: line endings and BOM', () => {
  it('keeps exact offsets in CRLF files', () => {
    const source = '# Title\r\n\r\n> Acme enables\r\n> access to OpenAI.\r\n\r\n- Acme calls\r\n  ChatGPT.\r\n';
    expect(check(source)).toEqual([
      ['no-access-claim', 'enables\r\n> access to OpenAI', 18],
      ['no-invocation-claim', 'calls\r\n  ChatGPT', 57],
    ]);
  });

  it('keeps exact offsets after a BOM, in Markdown and MDX', () => {
    const source = '\uFEFF---\ntitle: Acme calls ChatGPT\n---\n\nAcme enables access to OpenAI.\n';
    expect(check(source)).toEqual([
      ['no-invocation-claim', 'calls ChatGPT', 17],
      ['no-access-claim', 'enables access to OpenAI', 41],
    ]);
    expect(check('\uFEFFAcme <b>calls</b> ChatGPT.', { mdx: true })).toEqual([['no-invocation-claim', 'calls</b> ChatGPT', 9]]);
  });
});

describe('checkMarkdown: work skipped', () => {
  it('never parses a file without a trigger word', () => {
    const before = { ...checkStats };
    // Trigger verbs without any entity name: no rule can fire.
    const source = `# Release notes\n\n${'Acme enables access to dashboards and calls on customers to renew.\n\n'.repeat(50)}`;
    expect(checkMarkdown(source, compiled)).toEqual([]);
    expect(checkStats).toEqual(before);
  });

  it('converts only the blocks whose own text may match', () => {
    const before = { ...checkStats };
    // Every block has a trigger verb, but only one names an entity.
    const source = `${'Acme enables access to dashboards.\n\n'.repeat(20)}Acme enables access to OpenAI.\n\n${'| a | b |\n| - | - |\n| enables | access |\n\n'.repeat(5)}`;
    expect(check(source)).toEqual([['no-access-claim', 'enables access to OpenAI', 725]]);
    expect(checkStats.markdownParses - before.markdownParses).toBe(1);
    expect(checkStats.nlcstConversions - before.nlcstConversions).toBe(1);
  });
});
