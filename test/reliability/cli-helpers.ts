/** Running the built `redline` bin in temp folders, with optional `node --import` preloads from ./preload. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../packages/cli/bin/redline.js', import.meta.url));
export const PRELOAD = {
  stats: fileURLToPath(new URL('./preload/stats.mjs', import.meta.url)),
  noNetwork: fileURLToPath(new URL('./preload/no-network.mjs', import.meta.url)),
  fsFaults: fileURLToPath(new URL('./preload/fs-faults.mjs', import.meta.url)),
  regexpLog: fileURLToPath(new URL('./preload/regexp-log.mjs', import.meta.url)),
};

/** Tests run as root in CI, where file permissions do not stop reads or writes. */
export const IS_ROOT = process.getuid?.() === 0;
/** The unprivileged user root runs the CLI as, to show what everyone else gets. */
export const NOBODY = 65534;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  preload?: string[];
  env?: Record<string, string>;
  input?: string;
  uid?: number;
}

/** Run `node [--import preload…] redline.js args…` and wait for it. */
export function runCli(args: string[], options: RunOptions): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env['FORCE_COLOR'];
  delete env['NO_COLOR'];
  const imports = (options.preload ?? []).flatMap((file) => ['--import', file]);
  const result = spawnSync(process.execPath, [...imports, BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run with the stats preload; returns the result and the engine's counters. */
export function runWithStats(args: string[], options: RunOptions): CliResult & { stats: { steps: number; markdownParses: number; nlcstConversions: number; maxRssKb: number } } {
  const file = join(options.cwd, '.stats.json');
  const result = runCli(args, { ...options, preload: [...(options.preload ?? []), PRELOAD.stats], env: { ...options.env, REDLINE_STATS_FILE: file } });
  return { ...result, stats: JSON.parse(readFileSync(file, 'utf8')) };
}

/** A fresh temp folder (real path, so reported paths match) holding the given files. */
export function makeTree(files: Record<string, string | Buffer> = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'redline-reliability-')));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Open a temp folder to the unprivileged user (for runs as NOBODY). */
export function shareWithNobody(root: string): void {
  chmodSync(root, 0o777);
}

/** The stylish summary's run time varies; compare everything else. */
export function withoutTime(text: string): string {
  return text.replace(/\(\d+\.\d\d s\)/g, '(T s)');
}
