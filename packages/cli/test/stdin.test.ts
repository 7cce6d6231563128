import { describe, expect, it } from 'vitest';
import { makeTree, runCli, withoutTime } from './helpers.js';

describe('--stdin', () => {
  it('checks standard input as Markdown and reports it as <stdin>', () => {
    const root = makeTree({});
    const result = runCli(['--stdin'], { cwd: root, input: '# Hi\n\nAcme calls OpenAI.\n' });
    expect(result.code).toBe(1);
    expect(withoutTime(result.stdout)).toBe(
      [
        '<stdin>',
        '  3:6  error  Do not say that the product calls or sends data to OpenAI: “calls OpenAI”. Say “integrates with OpenAI” or “is enabled by OpenAI” instead.  no-invocation-claim',
        '              suggestions: “integrates with OpenAI”, “is enabled by OpenAI”',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 file checked (T s)',
        '',
      ].join('\n'),
    );
  });

  it('--stdin-filename picks the nearest config of that path and names the file in the report', () => {
    const root = makeTree({ 'docs/redline.config.yaml': 'extends: redline:recommended\nrules:\n  no-invocation-claim: off\n' });
    const relaxed = runCli(['--stdin', '--stdin-filename', 'docs/new.md', '-f', 'json'], { cwd: root, input: 'Acme calls OpenAI.\n' });
    expect(relaxed.code).toBe(0);
    expect(JSON.parse(relaxed.stdout)).toEqual([expect.objectContaining({ filePath: `${root}/docs/new.md`, messages: [] })]);
    const strict = runCli(['--stdin', '--stdin-filename', 'new.md', '-f', 'github'], { cwd: root, input: 'Acme calls OpenAI.\n' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error file=new\.md,line=1,col=6,endLine=1,endColumn=18,title=redline no-invocation-claim::/);
  });

  it('--fix-dry-run prints the diff of standard input', () => {
    const root = makeTree({});
    const result = runCli(['--stdin', '--stdin-filename', 'a.txt', '--fix-dry-run'], { cwd: root, input: 'Built with Chatgpt.\n' });
    expect(result.stdout).toBe('--- a/a.txt\n+++ b/a.txt\n@@ -1,1 +1,1 @@\n-Built with Chatgpt.\n+Built with ChatGPT.\n');
    expect(result.code).toBe(0);
  });

  it('invalid UTF-8 on standard input: exit 2', () => {
    const root = makeTree({});
    const result = runCli(['--stdin'], { cwd: root, input: Buffer.from([0x61, 0xc3, 0x28]) });
    expect(result.stderr).toBe('redline: <stdin>:1:2: invalid UTF-8 (byte 0xC3)\n');
    expect(result.code).toBe(2);
  });
});
