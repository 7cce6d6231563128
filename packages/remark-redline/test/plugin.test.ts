import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRedline, { type RedlineOptions } from 'remark-redline';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

const DOCS = 'https://github.com/redline-lint/redline/blob/main/docs/rules.md';

async function lint(value: string | VFile, options?: RedlineOptions & { mdx?: boolean }): Promise<VFile> {
  const file = typeof value === 'string' ? new VFile(value) : value;
  const { mdx, ...redline } = options ?? {};
  const base = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
  const processor = (mdx ? base.use(remarkMdx) : base).use(remarkRedline, redline);
  await processor.run(processor.parse(file), file);
  return file;
}

/** [ruleId, actual, fatal] per message, after checking that its offsets slice the file to `actual`. */
function summary(file: VFile): [string | undefined, string | undefined, boolean | null | undefined][] {
  const text = String(file);
  return file.messages.map((message) => {
    if (message.source === 'redline') {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual);
    }
    return [message.ruleId, message.actual, message.fatal];
  });
}

describe('remark-redline plugin', () => {
  it('reports findings as vfile messages with exact places', async () => {
    const file = await lint('# Launch\n\nAcme **enables** access to\n*OpenAI* models.\n');
    expect(file.messages).toHaveLength(1);
    const message = file.messages[0]!;
    expect(message.ruleId).toBe('no-access-claim');
    expect(message.source).toBe('redline');
    expect(message.actual).toBe('enables** access to\n*OpenAI');
    // Plain words: the markup between the phrase and the entity is not part of the suggested wording.
    expect(message.expected).toEqual(['is powered by OpenAI', 'integrates with OpenAI']);
    expect(message.url).toBe(`${DOCS}#no-access-claim`);
    expect(message.note).toMatch(/^The partner's models may only be offered as an API through another cloud\./);
    expect(message.fatal).toBe(true);
    expect(message.place).toEqual({ start: { line: 3, column: 8, offset: 17 }, end: { line: 4, column: 8, offset: 44 } });
    expect(message.ancestors?.map((node) => node.type)).toEqual(['root', 'paragraph']);
  });

  it('lints tables, front matter and MDX when the processor parses them', async () => {
    const source = '---\ntitle: Acme calls ChatGPT\n---\n\n| a |\n| - |\n| Acme uses the Open AI API |\n\n<Note title="Acme enables access to OpenAI" />\n';
    expect(summary(await lint(source, { mdx: true }))).toEqual([
      ['no-invocation-claim', 'calls ChatGPT', true],
      ['entity-spelling', 'Open AI', false],
      ['no-api-framing', 'Open AI API', false],
      ['no-access-claim', 'enables access to OpenAI', true],
    ]);
  });

  it('applies disable comments, and warns about rules the policy does not know', async () => {
    const source = 'Acme calls ChatGPT.\n\n<!-- redline disable no-invocation-claim no-such-rule -->\n\nAcme calls ChatGPT.\n\n<!-- redline ignore -->\nAcme enables access to OpenAI.\n';
    const file = await lint(source);
    expect(summary(file)).toEqual([
      ['no-invocation-claim', 'calls ChatGPT', true],
      ['known', undefined, false],
    ]);
    expect(file.messages[1]!.reason).toBe("Cannot disable `'no-such-rule'`, it’s not known");
  });

  it('fails the file on an unknown disable keyword', async () => {
    const file = new VFile('<!-- redline off -->\n\nAcme calls ChatGPT.\n');
    await expect(lint(file)).rejects.toThrow("Unknown keyword `off`: expected `'enable'`, `'disable'`, or `'ignore'`");
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.column])).toEqual([
      ['no-invocation-claim', true, 3, 6],
      [undefined, true, 1, 1],
    ]);
  });

  it('keeps exact offsets with CRLF and a BOM', async () => {
    const file = await lint('\uFEFF> Acme enables\r\n> access to OpenAI 😀.\r\n');
    expect(summary(file)).toEqual([['no-access-claim', 'enables\r\n> access to OpenAI', true]]);
    expect((file.messages[0]!.place as { start: { offset: number } }).start.offset).toBe(8);
  });

  it('discovers the config for file.path', async () => {
    const root = mkdtempSync(join(tmpdir(), 'remark-redline-'));
    writeFileSync(join(root, 'redline.config.yaml'), 'extends: redline:recommended\nrules:\n  no-invocation-claim: warn\n');
    const file = await lint(new VFile({ path: join(root, 'page.md'), value: 'Acme calls ChatGPT.\n' }));
    expect(summary(file)).toEqual([['no-invocation-claim', 'calls ChatGPT', false]]);
  });

  it('lints only what the processor parsed: without remark-gfm a table is a paragraph', async () => {
    const file = new VFile('| Acme enables | access to OpenAI |\n| - | - |\n');
    const processor = unified().use(remarkParse).use(remarkRedline);
    await processor.run(processor.parse(file), file);
    expect(summary(file)).toEqual([]);
    expect(summary(await lint('| Acme enables | access to OpenAI |\n| - | - |\n'))).toEqual([]);
    expect(summary(await lint('| Acme enables access to OpenAI |\n| - |\n'))).toEqual([['no-access-claim', 'enables access to OpenAI', true]]);
  });
});
