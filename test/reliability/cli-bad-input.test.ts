/**
 * Bad input through the built CLI: every case has its exact message line and exit code (2: nothing could be
 * checked or the config is unusable; 1: findings or some file failed). Permissions are checked honestly as root
 * (CI) — where chmod stops nothing — and as an unprivileged user. File-system faults (a full disk, a path that
 * vanishes) are injected with a `node --import` preload (preload/fs-faults.mjs).
 */
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IS_ROOT, makeTree, NOBODY, PRELOAD, runCli, runWithStats, shareWithNobody, withoutTime } from './cli-helpers.js';

const CLAIM = 'Acme calls OpenAI.\n';
const CLAIM_REPORT = 'a.md\n  1:6  error  Do not say that the product calls or sends data to OpenAI: “calls OpenAI”. Say “integrates with OpenAI” or “is enabled by OpenAI” instead.  no-invocation-claim\n';

/** Lint a.md (the claim) next to a config file; the CLI must stop with exactly `message` and exit 2. */
function expectConfigError(files: Record<string, string>, message: string, args: string[] = ['a.md']): void {
  const root = makeTree({ 'a.md': CLAIM, ...files });
  const result = runCli(args, { cwd: root });
  expect(result.stderr).toBe(`redline: ${message.replaceAll('<root>', root)}\n`);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
}

describe('bad config files: one line with file:line:column, exit 2', () => {
  it('malformed YAML', () => {
    expectConfigError({ 'redline.config.yaml': 'rules:\n  no-access-claim: [\n' }, 'redline.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
  });

  it('malformed JSON', () => {
    expectConfigError({ '.redlinerc.json': '{"rules": {,}}' }, '.redlinerc.json:1:12: invalid JSON: Unexpected , in flow map');
  });

  it('a schema violation: a value out of range', () => {
    expectConfigError({ 'redline.config.yaml': 'rules:\n  no-access-claim:\n    severity: loud\n' }, 'redline.config.yaml:3:15: "rules.no-access-claim.severity" must be one of off, warn, error (got "loud")');
  });

  it('a schema violation: an unknown key', () => {
    expectConfigError({ 'redline.config.yaml': 'rulez: {}\n' }, 'redline.config.yaml:1:1: unknown key "rulez" in the policy');
  });

  it('an unknown preset in extends', () => {
    expectConfigError({ 'redline.config.yaml': 'extends: redline:nope\n' }, 'redline.config.yaml:1:10: unknown preset "redline:nope" (built-in presets: redline:recommended)');
  });

  it('an extends cycle', () => {
    expectConfigError(
      { 'redline.config.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./redline.config.yaml\n' },
      'b.yaml:1:10: "extends" cycle: <root>/redline.config.yaml → <root>/b.yaml → <root>/redline.config.yaml',
    );
  });

  it('duplicate rule ids', () => {
    expectConfigError({ 'redline.config.yaml': 'rules:\n  x:\n    phrases: [a]\n  x:\n    phrases: [b]\n' }, 'redline.config.yaml:4:3: invalid YAML: duplicate key (each rule id and setting may appear once)');
  });

  it('an empty phrase', () => {
    expectConfigError({ 'redline.config.yaml': 'rules:\n  x:\n    phrases: [""]\n' }, 'redline.config.yaml:3:15: "rules.x.phrases.0" must not be empty');
  });

  it('a phrase of blanks', () => {
    expectConfigError({ 'redline.config.yaml': 'rules:\n  x:\n    phrases: ["  "]\n' }, 'redline.config.yaml:3:15: phrase "  " is empty');
  });

  it('a phrase that is only a gap', () => {
    expectConfigError({ 'redline.config.yaml': 'rules:\n  x:\n    phrases: ["[0-3]"]\n' }, 'redline.config.yaml:3:15: phrase "[0-3]": a phrase needs at least one word');
  });

  it('the same errors through --config, named as given', () => {
    expectConfigError({ 'policies/p.json': '{"rules": {"x": {"phrases": ["[2]"]}}}' }, 'policies/p.json:1:30: phrase "[2]": a phrase needs at least one word', ['--config', 'policies/p.json', 'a.md']);
  });
});

describe('bad files', () => {
  it('a binary file', () => {
    const root = makeTree({ 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    const result = runCli(['bin.md'], { cwd: root });
    expect(result.stderr).toBe('redline: bin.md: binary file (it contains NUL bytes)\n');
    expect(result.code).toBe(2);
  });

  it('invalid UTF-8, with the line and column of the bad byte', () => {
    const root = makeTree({ 'bad.md': Buffer.concat([Buffer.from('ok\n'), Buffer.from([0xc3, 0x28]), Buffer.from(' x\n')]) });
    const result = runCli(['bad.md'], { cwd: root });
    expect(result.stderr).toBe('redline: bad.md:2:1: invalid UTF-8 (byte 0xC3)\n');
    expect(result.code).toBe(2);
  });

  const HUNDRED_MB = 100 * 1024 * 1024;

  it('a 100 MB sparse file (all NUL bytes) read under a higher --max-file-size is refused as binary', () => {
    const root = makeTree();
    const fd = openSync(join(root, 'huge.md'), 'w');
    ftruncateSync(fd, HUNDRED_MB);
    closeSync(fd);
    const result = runWithStats(['--max-file-size', '200', 'huge.md'], { cwd: root });
    rmSync(root, { recursive: true, force: true });
    expect(result.stderr).toBe('redline: huge.md: binary file (it contains NUL bytes)\n');
    expect(result.code).toBe(2);
    expect(result.stats.markdownParses).toBe(0);
  });

  it('a 100 MB text file: refused by its size before a byte is read; with a higher --max-file-size, read and never parsed', () => {
    const root = makeTree();
    const fd = openSync(join(root, 'huge.md'), 'w');
    const chunk = Buffer.from('The team ships weekly reports to every customer.\n'.repeat(20_000));
    for (let written = 0; written < HUNDRED_MB; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const refused = runWithStats(['huge.md'], { cwd: root });
    expect(refused.stderr).toBe('redline: huge.md: file too large (100 MB; the limit is 10 MB, see --max-file-size)\n');
    expect(refused.code).toBe(2);
    // Nothing was read: the process stays near its start-up size.
    expect(refused.stats.maxRssKb).toBeLessThan(HUNDRED_MB / 1024);
    const allowed = runWithStats(['--max-file-size', '200', 'huge.md'], { cwd: root });
    rmSync(root, { recursive: true, force: true });
    expect(withoutTime(allowed.stdout)).toBe('✔ no problems in 1 file checked (T s)\n');
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    expect(allowed.stats).toMatchObject({ steps: 0, markdownParses: 0, nlcstConversions: 0 });
    // The whole file is held in memory (bytes, then text): a few times its size, not more.
    expect(allowed.stats.maxRssKb).toBeLessThan((6 * HUNDRED_MB) / 1024);
  });

  it('an unreadable file (chmod 000): as root it is read anyway; an unprivileged user gets "permission denied"', () => {
    const root = makeTree({ 'secret.md': CLAIM });
    chmodSync(join(root, 'secret.md'), 0o000);
    const denied = (result: { stderr: string; code: number | null }) => {
      expect(result.stderr).toBe('redline: secret.md: permission denied\n');
      expect(result.code).toBe(2);
    };
    const own = runCli(['secret.md'], { cwd: root });
    if (IS_ROOT) {
      // Root reads any file: the claim is reported as usual.
      expect(own.stdout).toContain('secret.md\n  1:6  error  Do not say that the product calls or sends data to OpenAI');
      expect(own.code).toBe(1);
      shareWithNobody(root);
      denied(runCli(['secret.md'], { cwd: root, uid: NOBODY }));
    } else {
      denied(own);
    }
  });

  it('a symlink loop named on the command line', () => {
    const root = makeTree();
    symlinkSync('loop2.md', join(root, 'loop1.md'));
    symlinkSync('loop1.md', join(root, 'loop2.md'));
    const result = runCli(['loop1.md'], { cwd: root });
    expect(result.stderr).toBe('redline: loop1.md: symlink loop\n');
    expect(result.code).toBe(2);
  });

  it('a folder symlink that loops back into the folder being walked', () => {
    const root = makeTree({ 'docs/a.md': CLAIM });
    symlinkSync('.', join(root, 'docs/again'));
    const result = runCli(['docs'], { cwd: root });
    expect(result.stderr).toBe('redline: docs/again: symlink loop (links back to a folder above it)\n');
    expect(result.stdout).toContain('docs/a.md\n  1:6  error');
    expect(result.code).toBe(1);
  });

  it('a path that vanishes between discovery and reading', () => {
    const root = makeTree({ 'a.md': CLAIM, 'gone.md': CLAIM });
    const result = runCli(['.'], { cwd: root, preload: [PRELOAD.fsFaults], env: { REDLINE_FAULT: 'vanish:gone.md' } });
    expect(result.stderr).toBe('redline: gone.md: no such file or folder\n');
    expect(result.stdout).toContain(CLAIM_REPORT);
    expect(result.code).toBe(1);
    const alone = runCli(['gone2.md'], { cwd: makeTree({ 'gone2.md': CLAIM }), preload: [PRELOAD.fsFaults], env: { REDLINE_FAULT: 'vanish:gone2.md' } });
    expect(alone.stderr).toBe('redline: gone2.md: no such file or folder\n');
    expect(alone.code).toBe(2);
  });
});

describe('--fix when writing fails: the original stays intact (temporary file + atomic rename)', () => {
  const ORIGINAL = '\uFEFFPowered by Open AI.\r\nAcme calls OpenAI.\r\n';

  it.each([
    ['the disk fills up while writing the temporary file', 'write-enospc'],
    ['the rename over the original fails', 'rename-enospc'],
  ])('%s', (_, fault) => {
    const root = makeTree({ 'a.md': ORIGINAL });
    const result = runCli(['--fix', 'a.md'], { cwd: root, preload: [PRELOAD.fsFaults], env: { REDLINE_FAULT: fault } });
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(root)).toEqual(['a.md']); // no temporary file left behind
    expect(result.stderr).toBe('redline: a.md: cannot write the fixed file: no space left on device\n');
    expect(result.code).toBe(2);
  });

  it('a read-only file (0444): root may write it (mode kept); anyone else gets "permission denied" and an untouched file', () => {
    const root = makeTree({ 'ro.md': ORIGINAL });
    const file = join(root, 'ro.md');
    chmodSync(file, 0o444);
    if (IS_ROOT) {
      const own = runCli(['--fix', 'ro.md'], { cwd: root });
      expect(readFileSync(file, 'utf8')).toBe('\uFEFFPowered by OpenAI.\r\nAcme calls OpenAI.\r\n');
      expect(statSync(file).mode & 0o777).toBe(0o444);
      expect(own.code).toBe(1);
      writeFileSync(file, ORIGINAL); // root again, for the unprivileged run
      chmodSync(file, 0o444);
      shareWithNobody(root);
    }
    const user = runCli(['--fix', 'ro.md'], { cwd: root, ...(IS_ROOT ? { uid: NOBODY } : {}) });
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(user.stderr).toBe('redline: ro.md: cannot write the fixed file: permission denied\n');
    expect(user.code).toBe(2);
  });

  it('a read-only folder: the temporary file cannot be created, the original is untouched', () => {
    const root = makeTree({ 'docs/a.md': ORIGINAL });
    chmodSync(join(root, 'docs'), 0o555);
    shareWithNobody(root);
    mkdirSync(join(root, 'unused'), { recursive: true });
    if (IS_ROOT) {
      // Root writes into a read-only folder too: the fix lands.
      expect(runCli(['--fix', 'docs/a.md'], { cwd: root }).code).toBe(1);
      expect(readFileSync(join(root, 'docs/a.md'), 'utf8')).toBe('\uFEFFPowered by OpenAI.\r\nAcme calls OpenAI.\r\n');
      chmodSync(join(root, 'docs'), 0o755);
      writeFileSync(join(root, 'docs/a.md'), ORIGINAL);
      chmodSync(join(root, 'docs'), 0o555);
    }
    const user = runCli(['--fix', 'docs/a.md'], { cwd: root, ...(IS_ROOT ? { uid: NOBODY } : {}) });
    expect(readFileSync(join(root, 'docs/a.md'), 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(join(root, 'docs'))).toEqual(['a.md']);
    expect(user.stderr).toBe('redline: docs/a.md: cannot write the fixed file: permission denied\n');
    expect(user.code).toBe(2);
  });
});
