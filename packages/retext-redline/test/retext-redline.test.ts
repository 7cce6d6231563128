import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePolicy, presetPolicy, type Finding } from '@redline/core';
import retextEnglish from 'retext-english';
import retextRedline, { findingToMessage, MESSAGE_SOURCE, type RedlineOptions } from 'retext-redline';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

const DOCS = 'https://github.com/redline-lint/redline/blob/main/docs/rules.md';
const ACCESS_REASON =
  "The partner's models may only be offered as an API through another cloud. Copy that says we enable, provide or grant access to them describes a resale of access, which the agreement does not allow.";

async function lint(value: string | VFile, options?: RedlineOptions): Promise<VFile> {
  const file = typeof value === 'string' ? new VFile(value) : value;
  const processor = unified().use(retextEnglish).use(retextRedline, options);
  await processor.run(processor.parse(file), file);
  return file;
}

/** [ruleId, actual, fatal] of each message, after checking that its offsets slice the file to `actual`. */
function summary(file: VFile): [string | undefined, string | undefined, boolean | null | undefined][] {
  const text = String(file);
  return file.messages.map((message) => {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    expect(text.slice(start, end)).toBe(message.actual);
    return [message.ruleId, message.actual, message.fatal];
  });
}

function tempFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'retext-redline-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

describe('retext-redline messages', () => {
  it('reports a finding with every field the way retext-equality does', async () => {
    const file = await lint('Acme enables access to OpenAI models.');
    expect(file.messages).toHaveLength(1);
    const message = file.messages[0]!;
    expect(message.reason).toBe('Do not claim that the product gives access to OpenAI: “enables access to OpenAI”. Say “is powered by OpenAI” or “integrates with OpenAI” instead.');
    expect(message.ruleId).toBe('no-access-claim');
    expect(message.source).toBe('redline');
    expect(message.actual).toBe('enables access to OpenAI');
    expect(message.expected).toEqual(['is powered by OpenAI', 'integrates with OpenAI']);
    expect(message.url).toBe(`${DOCS}#no-access-claim`);
    expect(message.note).toBe(ACCESS_REASON);
    expect(message.fatal).toBe(true);
    expect(message.place).toEqual({ start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 30, offset: 29 } });
    expect(message.line).toBe(1);
    expect(message.column).toBe(6);
    expect(message.ancestors?.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode', 'SentenceNode']);
  });

  it('gives warnings fatal: false and errors fatal: true', async () => {
    const file = await lint('We call ChatGPT. Acme uses the Open AI API.');
    expect(summary(file)).toEqual([
      ['no-invocation-claim', 'call ChatGPT', true],
      ['entity-spelling', 'Open AI', false],
      ['no-api-framing', 'Open AI API', false],
    ]);
  });

  it('reports nothing for allowed phrasings and text without trigger words', async () => {
    expect((await lint('Acme is powered by OpenAI and integrates with ChatGPT.')).messages).toEqual([]);
    expect((await lint('Nothing to see here.')).messages).toEqual([]);
  });

  it('keeps exact offsets with astral characters, CRLF and a BOM', async () => {
    const value = '\uFEFF😀 Hello 𝒜.\r\nAcme 🚀 enables access to\r\nOpenAI.';
    const file = await lint(value);
    expect(summary(file)).toEqual([['no-access-claim', 'enables access to\r\nOpenAI', true]]);
    expect(file.messages[0]!.place).toEqual({ start: { line: 2, column: 9, offset: 23 }, end: { line: 3, column: 7, offset: 48 } });
    expect(value.slice(23, 48)).toBe('enables access to\r\nOpenAI');
  });
});

describe('retext-redline options', () => {
  it('uses a policy object, a compiled policy or a preset', async () => {
    const policy = presetPolicy();
    policy.rules['no-access-claim'] = { ...policy.rules['no-access-claim']!, severity: 'off' };
    const text = 'Acme enables access to OpenAI. Acme calls ChatGPT.';
    expect(summary(await lint(text, { policy }))).toEqual([['no-invocation-claim', 'calls ChatGPT', true]]);
    expect(summary(await lint(text, { policy: compilePolicy(policy) }))).toEqual([['no-invocation-claim', 'calls ChatGPT', true]]);
    expect(summary(await lint(text, { preset: 'redline:recommended' }))).toEqual([
      ['no-access-claim', 'enables access to OpenAI', true],
      ['no-invocation-claim', 'calls ChatGPT', true],
    ]);
  });

  it('loads a named config file, YAML or JavaScript', async () => {
    const root = tempFolder({
      'policy.yaml': 'extends: redline:recommended\nrules:\n  no-invocation-claim: warn\n',
      'policy.mjs': "export default { extends: 'redline:recommended', rules: { 'no-access-claim': 'off' } };\n",
    });
    const text = 'Acme enables access to OpenAI. Acme calls ChatGPT.';
    expect(summary(await lint(text, { config: join(root, 'policy.yaml') }))).toEqual([
      ['no-access-claim', 'enables access to OpenAI', true],
      ['no-invocation-claim', 'calls ChatGPT', false],
    ]);
    expect(summary(await lint(text, { config: join(root, 'policy.mjs') }))).toEqual([['no-invocation-claim', 'calls ChatGPT', true]]);
  });

  it('discovers the config for file.path, and falls back to redline:recommended', async () => {
    const root = tempFolder({ 'docs/.redlinerc.yaml': 'extends: redline:recommended\nrules:\n  no-access-claim: off\n' });
    const text = 'Acme enables access to OpenAI.';
    expect((await lint(new VFile({ path: join(root, 'docs', 'page.txt'), value: text }))).messages).toEqual([]);
    expect(summary(await lint(new VFile({ path: join(root, 'page.txt'), value: text })))).toEqual([['no-access-claim', 'enables access to OpenAI', true]]);
  });

  it('fails the file with one line naming the policy file, line and column', async () => {
    const root = tempFolder({ 'bad.yaml': 'rules:\n  no-access-claim:\n    severity: loud\n' });
    const file = new VFile('Acme enables access to OpenAI.');
    await expect(lint(file, { config: join(root, 'bad.yaml') })).rejects.toThrow(`${join(root, 'bad.yaml')}:3:15:`);
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]!.fatal).toBe(true);
    expect(file.messages[0]!.ruleId).toBe('policy');
    expect(file.messages[0]!.source).toBe('redline');
    expect(file.messages[0]!.reason.split('\n')).toHaveLength(1);
  });

  it('rejects more than one way of naming the policy', () => {
    expect(() => retextRedline({ preset: 'redline:recommended', config: 'x.yaml' })).toThrow('redline: pass only one of the options `policy`, `config` and `preset`');
  });
});

describe('findingToMessage', () => {
  it('turns any finding into a message on the file', () => {
    const file = new VFile('Say it: calls ChatGPT.');
    const finding: Finding = {
      ruleId: 'no-invocation-claim',
      severity: 'warn',
      start: 8,
      end: 21,
      actual: 'calls ChatGPT',
      message: 'Do not say it calls ChatGPT.',
      expected: ['integrates with ChatGPT'],
      suggestions: [],
      url: `${DOCS}#no-invocation-claim`,
      reason: 'Because.',
    };
    const message = findingToMessage(file, finding);
    expect(file.messages).toEqual([message]);
    expect(message.source).toBe(MESSAGE_SOURCE);
    expect(message.fatal).toBe(false);
    expect(message.note).toBe('Because.');
    expect(message.expected).toEqual(['integrates with ChatGPT']);
    expect(message.place).toEqual({ start: { line: 1, column: 9, offset: 8 }, end: { line: 1, column: 22, offset: 21 } });
    expect(String(file).slice(8, 21)).toBe(message.actual);
  });
});
