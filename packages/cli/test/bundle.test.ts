// The command line runs from bundle/ (scripts/bundle.js). esbuild heads the code of every bundled module with a
// `// <path>` comment, which these tests read to check what went where.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bundleDir = fileURLToPath(new URL('../bundle/', import.meta.url));
const files = readdirSync(bundleDir).filter((file) => file.endsWith('.js'));
const text = new Map(files.map((file) => [file, readFileSync(join(bundleDir, file), 'utf8')]));

/** The bundled modules of a chunk, as the paths esbuild wrote above them. */
function modulesOf(file: string): string[] {
  return [...(text.get(file) ?? '').matchAll(/^\/\/ (\S+\.[cm]?js)$/gm)].map((match) => match[1] as string);
}

/** The package a bundled module belongs to, or undefined for redline's own packages. */
function packageOf(path: string): string | undefined {
  const parts = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return parts?.[1];
}

/** The chunks `file` imports statically, itself included: what loads with it before any import() runs. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  for (const match of (text.get(file) ?? '').matchAll(/^(?:import|export)\b[^;]*?["']\.\/([^"']+\.js)["'];?$/gm)) {
    const next = match[1] as string;
    if (!seen.has(next)) staticClosure(next, seen);
  }
  return seen;
}

describe('the bundle bin/redline.js runs', () => {
  it('is what the bin imports', () => {
    expect(readFileSync(fileURLToPath(new URL('../bin/redline.js', import.meta.url)), 'utf8')).toContain("from '../bundle/cli.js'");
  });

  it('leaves @redline/core out (one engine instance, presets read next to it) and imports it instead', () => {
    const all = files.flatMap(modulesOf);
    expect(all.some((path) => path.startsWith('../remark-redline/'))).toBe(true);
    expect(all.filter((path) => /^\.\.\/core\/|@redline\/core\//.test(path))).toEqual([]);
    expect(files.filter((file) => /from "@redline\/core"/.test(text.get(file) ?? '')).length).toBeGreaterThan(0);
  });

  it('loads the Markdown stack only through a dynamic import', () => {
    const atStart = [...staticClosure('cli.js')].flatMap(modulesOf);
    expect(atStart.length).toBeGreaterThan(0);
    expect(atStart.filter((path) => /micromark|unified|remark-/.test(path))).toEqual([]);
    const markdownChunks = files.filter((file) => modulesOf(file).some((path) => path.includes('node_modules/micromark/')));
    expect(markdownChunks).toHaveLength(1);
    const lintCommand = files.filter((file) => staticClosure(file).has(markdownChunks[0] as string));
    expect(lintCommand).toEqual(markdownChunks); // nothing imports it statically
  });

  it('lists every package copied into it, with its licence text, in THIRD-PARTY-LICENSES.md', () => {
    const notices = readFileSync(join(bundleDir, 'THIRD-PARTY-LICENSES.md'), 'utf8');
    const listed = [...notices.matchAll(/^## (\S+) \S+ \((.+)\)$/gm)].map((match) => match[1] as string);
    const bundled = new Set(files.flatMap(modulesOf).map(packageOf).filter((name) => name !== undefined));
    expect(new Set(listed)).toEqual(bundled);
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b)));
    expect(notices).toContain('## micromark 4.');
    expect(notices).toMatch(/## unified [\d.]+ \(MIT\)\n\n```text\n\(The MIT License\)\n\nCopyright \(c\) \d{4} Titus Wormer/);
  });
});
