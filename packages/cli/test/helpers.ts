/** Helpers for the CLI's end-to-end tests: run the built bin in a folder, and build fixture trees in temp folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/redline.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  // The report must not depend on the terminal the tests run in.
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temp folder (real path, so that reported paths match) holding the given files. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'redline-cli-')));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A temp copy of a fixture tree under test/fixtures. */
export function copyFixture(name: string): string {
  const root = makeTree({});
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

/** The stylish summary's run time varies; tests compare everything else. */
export function withoutTime(text: string): string {
  return text.replace(/\(\d+\.\d\d s\)/g, '(T s)');
}
