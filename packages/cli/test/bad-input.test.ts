import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, withoutTime } from './helpers.js';

const ERROR = 'Acme calls OpenAI.\n';

describe('bad input: one line naming the file, never a stack trace', () => {
  it('a missing path: exit 2, the other paths still checked', () => {
    const root = makeTree({ 'a.md': ERROR });
    const result = runCli(['nope.md', 'a.md'], { cwd: root });
    expect(result.stderr).toBe('redline: nope.md: no such file or folder\n');
    expect(result.stdout).toContain('a.md\n  1:6  error');
    expect(result.code).toBe(2);
  });

  it('a glob that matches nothing: exit 2', () => {
    const root = makeTree({ 'a.md': ERROR });
    const result = runCli(['docs/**/*.md'], { cwd: root });
    expect(result.stderr).toBe('redline: docs/**/*.md: no files match this pattern\n');
    expect(result.code).toBe(2);
  });

  it('a binary file', () => {
    const root = makeTree({ 'logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const result = runCli(['logo.md'], { cwd: root });
    expect(result.stderr).toBe('redline: logo.md: binary file (it contains NUL bytes)\n');
    expect(result.code).toBe(2);
  });

  it('invalid UTF-8, with the line and column of the bad byte', () => {
    const root = makeTree({ 'latin1.md': Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]) });
    const result = runCli(['latin1.md'], { cwd: root });
    expect(result.stderr).toBe('redline: latin1.md:3:4: invalid UTF-8 (byte 0xE9)\n');
    expect(result.code).toBe(2);
  });

  it('UTF-16 text', () => {
    const root = makeTree({ 'wide.txt': Buffer.from('\uFEFFhello', 'utf16le') });
    expect(runCli(['wide.txt'], { cwd: root }).stderr).toBe('redline: wide.txt: UTF-16 text is not supported: save the file as UTF-8\n');
  });

  it('an unreadable file among good ones: reported, the rest checked, exit at least 1', () => {
    const root = makeTree({ 'good.md': 'Acme integrates with OpenAI.\n', 'bad.md': Buffer.from([0xff, 0xfe, 0x00]) });
    const result = runCli([], { cwd: root });
    expect(result.stderr).toBe('redline: bad.md: UTF-16 text is not supported: save the file as UTF-8\n');
    expect(withoutTime(result.stdout)).toBe('✔ no problems in 1 file checked (T s)\n');
    expect(result.code).toBe(1);
  });

  it('a symlink loop in a folder', () => {
    const root = makeTree({ 'docs/a.md': ERROR });
    symlinkSync('..', join(root, 'docs/up'));
    const result = runCli(['-f', 'json'], { cwd: root });
    expect(result.stderr).toBe('redline: docs/up: symlink loop (links back to a folder above it)\n');
    expect((JSON.parse(result.stdout) as { filePath: string }[]).map((file) => file.filePath)).toEqual([join(root, 'docs/a.md')]);
    expect(result.code).toBe(1);
  });

  it('a symlink that points to itself, named on the command line', () => {
    const root = makeTree({});
    symlinkSync('self.md', join(root, 'self.md'));
    const result = runCli(['self.md'], { cwd: root });
    expect(result.stderr).toBe('redline: self.md: symlink loop\n');
    expect(result.code).toBe(2);
  });

  it('a broken symlink to a Markdown file', () => {
    const root = makeTree({ 'ok.md': 'Fine.\n' });
    symlinkSync('gone.md', join(root, 'link.md'));
    const result = runCli([], { cwd: root });
    expect(result.stderr).toBe('redline: link.md: broken symlink\n');
    expect(result.code).toBe(1);
  });

  it('a folder named like a file is walked, not read', () => {
    const root = makeTree({});
    mkdirSync(join(root, 'folder.md'));
    const result = runCli(['folder.md'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
