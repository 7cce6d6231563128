/**
 * End to end: the ESLint Node API over examples/react-app with its own eslint.config.js, which turns on
 * eslint-plugin-redline's `configs.recommended` (TypeScript + JSX) and `configs.markdown` (Markdown through
 * @eslint/markdown). Every finding is checked, the fixes are exact, and the Markdown positions equal the CLI's.
 * Runs against the built packages (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import redline from 'eslint-plugin-redline';
import { describe, expect, it } from 'vitest';

const example = fileURLToPath(new URL('../examples/react-app/', import.meta.url));
const cli = fileURLToPath(new URL('../packages/cli/bin/redline.js', import.meta.url));

interface Located {
  filePath: string;
  messages: { line: number; column: number; endLine?: number; endColumn?: number; message: string }[];
}

/** One line per problem: `file line:column-endLine:endColumn message`. */
function summary(results: Located[]): string[] {
  return results.flatMap((result) => result.messages.map((m) => `${relative(example, result.filePath)} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`));
}

const EXPECTED = [
  'docs/launch.md 5:15-5:47 [no-access-claim] Do not claim that the product gives access to GPT-5: “provides instant access to GPT-5”. Say “is powered by GPT-5” or “integrates with GPT-5” instead.',
  'docs/launch.md 7:30-7:40 [no-api-framing] Avoid framing OpenAI as an API: “OpenAI API”. Describe the integration, e.g. “integrates with OpenAI”. Preferred: “OpenAI integration”.',
  'docs/launch.md 8:14-8:22 [entity-spelling] Spell the name “ChatGPT”, not “Chat GPT”.',
  'src/App.tsx 6:26-6:50 [no-invocation-claim] Do not say that the product calls or sends data to OpenAI: “talks directly to OpenAI”. Say “integrates with OpenAI” or “is enabled by OpenAI” instead.',
  'src/App.tsx 10:25-11:16 [no-access-claim] Do not claim that the product gives access to ChatGPT: “gives you direct access to ChatGPT”. Say “is powered by ChatGPT” or “integrates with ChatGPT” instead.',
  'src/App.tsx 13:35-13:60 [no-invocation-claim] Do not say that the product calls or sends data to Chat GPT: “sends prompts to Chat GPT”. Say “integrates with Chat GPT” or “is enabled by Chat GPT” instead.',
  'src/App.tsx 13:52-13:60 [entity-spelling] Spell the name “ChatGPT”, not “Chat GPT”.',
  'src/copy.ts 3:20-3:44 [no-access-claim] Do not claim that the product gives access to OpenAI: “enables access to OpenAI”. Say “is powered by OpenAI” or “integrates with OpenAI” instead.',
  'src/copy.ts 5:28-5:44 [no-invocation-claim] Do not say that the product calls or sends data to ChatGPT: “calls on ChatGPT”. Say “integrates with ChatGPT” or “is enabled by ChatGPT” instead.',
  'src/copy.ts 6:14-6:25 [no-world-class] Avoid “world class”. Preferred: “proven”.',
  'src/copy.ts 6:48-6:55 [entity-spelling] Spell the name “OpenAI”, not “Open AI”.',
];

describe('eslint-plugin-redline on examples/react-app', () => {
  it('reports every phrase at its exact characters, in code and in Markdown, with the example config', async () => {
    const results = await new ESLint({ cwd: example }).lintFiles(['.']);
    expect(summary(results)).toEqual(EXPECTED);
    expect(results.map((result) => relative(example, result.filePath))).toEqual(['README.md', 'docs/launch.md', 'eslint.config.js', 'src/App.tsx', 'src/copy.ts']);
  });

  it('offers suggestions that replace only the phrase, keeping the line break before the name', async () => {
    const [result] = await new ESLint({ cwd: example }).lintFiles(['src/App.tsx']);
    const source = readFileSync(join(example, 'src/App.tsx'), 'utf8');
    const access = result?.messages.find((m) => m.message.startsWith('[no-access-claim]'));
    expect(access?.suggestions?.map((s) => [s.desc, source.slice(...s.fix.range), s.fix.text])).toEqual([
      ['Replace “gives you direct access to ChatGPT” with “is powered by ChatGPT”.', 'gives you direct access to\n        ChatGPT', 'is powered by\n        ChatGPT'],
      ['Replace “gives you direct access to ChatGPT” with “integrates with ChatGPT”.', 'gives you direct access to\n        ChatGPT', 'integrates with\n        ChatGPT'],
    ]);
  });

  it('fixes only the policy’s safe fixes, byte for byte', async () => {
    const results = await new ESLint({ cwd: example, fix: true }).lintFiles(['src/copy.ts', 'src/App.tsx', 'docs/launch.md']);
    const fixed = Object.fromEntries(results.map((result) => [relative(example, result.filePath), result.output]));
    const read = (file: string): string => readFileSync(join(example, file), 'utf8');
    expect(fixed['src/copy.ts']).toBe(read('src/copy.ts').replace('Built with Open AI.', 'Built with OpenAI.'));
    expect(fixed['src/App.tsx']).toBe(read('src/App.tsx').replace('prompts to Chat GPT.', 'prompts to ChatGPT.'));
    expect(fixed['docs/launch.md']).toBe(read('docs/launch.md').replace('Works with Chat GPT', 'Works with ChatGPT'));
  });

  it('puts Markdown findings where the redline CLI puts them', async () => {
    const results = await new ESLint({ cwd: example }).lintFiles(['docs/launch.md', 'README.md']);
    const run = spawnSync(process.execPath, [cli, '--format', 'json', 'docs/launch.md', 'README.md'], { cwd: example, encoding: 'utf8' });
    const fromCli = (JSON.parse(run.stdout) as Located[]).flatMap((r) => r.messages.map((m) => `${relative(example, r.filePath)} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`));
    const fromEslint = summary(results).map((line) => line.split(' [')[0]);
    // The CLI also reports line 11, which an eslint-disable comment turns off for ESLint.
    expect(fromCli).toEqual([...fromEslint, 'docs/launch.md 11:15-11:31']);
  });

  it('works from overrideConfig without a config file, and honours eslint-disable comments', async () => {
    const overrideConfig: Linter.Config[] = [
      { ...redline.configs.recommended, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } } as Linter.Config,
      redline.configs.markdown as Linter.Config,
    ];
    const eslint = new ESLint({ cwd: example, overrideConfigFile: true, overrideConfig });
    const code = [
      'export const a = <p>Acme calls on ChatGPT.</p>;',
      '// eslint-disable-next-line redline/phrasing',
      'export const b = "Acme calls on ChatGPT.";',
    ].join('\n');
    const [tsx] = await eslint.lintText(code, { filePath: join(example, 'src/Inline.tsx') });
    expect(tsx?.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`)).toEqual(['1:26-1:42 redline/phrasing']);
    const [md] = await eslint.lintText('# Hi\n\nWe talk to ChatGPT.\n', { filePath: join(example, 'docs/inline.md') });
    expect(md?.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`)).toEqual(['3:4-3:19 redline/phrasing']);
  });
});
