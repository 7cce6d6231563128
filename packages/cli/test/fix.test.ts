import { readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, withoutTime } from './helpers.js';

const BOM = '\uFEFF';

describe('--fix', () => {
  it('applies only the safe fixes, byte for byte, keeping CRLF line endings and the BOM', () => {
    const original = `${BOM}# Launch\r\n\r\nOur assistant is powered by Open AI.\r\nIt works with Chat GPT and Chatgpt.\r\nAcme enables access to OpenAI models.\r\n`;
    const root = makeTree({ 'launch.md': original });
    const result = runCli(['--fix', 'launch.md'], { cwd: root });
    expect(result.code).toBe(1); // the access claim has no safe fix and stays
    expect(readFileSync(join(root, 'launch.md'), 'utf8')).toBe(
      `${BOM}# Launch\r\n\r\nOur assistant is powered by OpenAI.\r\nIt works with ChatGPT and ChatGPT.\r\nAcme enables access to OpenAI models.\r\n`,
    );
    expect(withoutTime(result.stdout)).toContain('✔ fixed 3 problems in 1 file\n✖ 1 problem (1 error, 0 warnings) in 1 file checked (T s)\n');
    expect(result.stdout).toContain('  5:6  error  Do not claim');
  });

  it('is idempotent: a second run changes nothing', () => {
    const root = makeTree({ 'a.txt': 'Built with ChatGpt.\n' });
    expect(runCli(['--fix', 'a.txt'], { cwd: root }).code).toBe(0);
    const once = readFileSync(join(root, 'a.txt'));
    expect(once.toString()).toBe('Built with ChatGPT.\n');
    const second = runCli(['--fix', 'a.txt'], { cwd: root });
    expect(second.code).toBe(0);
    expect(withoutTime(second.stdout)).toBe('✔ no problems in 1 file checked (T s)\n');
    expect(readFileSync(join(root, 'a.txt')).equals(once)).toBe(true);
  });

  it('writes through a temporary file that it removes, and keeps the file mode', () => {
    const root = makeTree({ 'docs/a.md': 'Powered by Openai.\n' });
    chmodSync(join(root, 'docs/a.md'), 0o640);
    expect(runCli(['--fix', '.'], { cwd: root }).code).toBe(0);
    expect(readdirSync(join(root, 'docs'))).toEqual(['a.md']);
    expect(statSync(join(root, 'docs/a.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(root, 'docs/a.md'), 'utf8')).toBe('Powered by OpenAI.\n');
  });

  it('leaves files without fixes untouched (same bytes, same modification time)', () => {
    const root = makeTree({ 'a.md': 'Acme calls OpenAI.\n' });
    const before = statSync(join(root, 'a.md')).mtimeMs;
    expect(runCli(['--fix', 'a.md'], { cwd: root }).code).toBe(1);
    expect(statSync(join(root, 'a.md')).mtimeMs).toBe(before);
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe('Acme calls OpenAI.\n');
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and changes nothing', () => {
    const original = 'Intro\r\n\r\nPowered by Open AI.\r\nMore text.\r\n';
    const root = makeTree({ 'docs/a.md': original, 'docs/b.txt': 'Works with Chat GPT.\n', 'docs/clean.md': 'Fine.\n' });
    const result = runCli(['--fix-dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '--- a/docs/a.md',
        '+++ b/docs/a.md',
        '@@ -1,4 +1,4 @@',
        ' Intro\r',
        ' \r',
        '-Powered by Open AI.\r',
        '+Powered by OpenAI.\r',
        ' More text.\r',
        '--- a/docs/b.txt',
        '+++ b/docs/b.txt',
        '@@ -1,1 +1,1 @@',
        '-Works with Chat GPT.',
        '+Works with ChatGPT.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(root, 'docs/a.md'), 'utf8')).toBe(original);
    expect(readFileSync(join(root, 'docs/b.txt'), 'utf8')).toBe('Works with Chat GPT.\n');
  });

  it('prints nothing when there is nothing to fix, and exits by the findings that remain', () => {
    const root = makeTree({ 'a.md': 'Acme calls OpenAI.\n' });
    const result = runCli(['--fix-dry-run', 'a.md'], { cwd: root });
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
  });
});
