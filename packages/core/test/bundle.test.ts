// The package exports dist/redline-core.js, tsc's output joined into one module by scripts/bundle.js.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as core from '@redline/core';
import { describe, expect, it } from 'vitest';

const bundlePath = fileURLToPath(new URL('../dist/redline-core.js', import.meta.url));
const vendoredEnglishPath = fileURLToPath(new URL('../dist/vendor/parse-english.cjs', import.meta.url));

describe('the bundled module @redline/core exports', () => {
  it('is what the package name resolves to', () => {
    expect(createRequire(import.meta.url).resolve('@redline/core')).toBe(bundlePath);
  });

  it('is one module: it imports nothing but Node’s own modules', () => {
    const source = readFileSync(bundlePath, 'utf8');
    const imports = [...source.matchAll(/^import\b[^;]*?from\s*["']([^"']+)["']/gm)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((specifier) => !specifier?.startsWith('node:'))).toEqual([]);
  });

  it('exports what tsc’s dist/index.js exports, and reads its presets and schema next to it', async () => {
    const unbundled = (await import(new URL('../dist/index.js', import.meta.url).href)) as Record<string, unknown>;
    expect(Object.keys(core).sort()).toEqual(Object.keys(unbundled).sort());
    expect(Object.keys(core.presetPolicy().rules).length).toBeGreaterThan(0);
    expect(core.schemaPath()).toBe(fileURLToPath(new URL('../schema/redline.schema.json', import.meta.url)));
  });

  it('tokenizes with parse-english vendored as one file, and the same trees as the package', async () => {
    const sample = 'Acme Inc. calls on OpenAI’s API — e.g. GPT-4o — at 9.30 a.m.; see https://example.com/x?y=1. "Done," she said.\n\nNext.';
    const vendoredTree = core.createEnglishParser().parse(sample);
    expect(createRequire(bundlePath).cache[vendoredEnglishPath]).toBeDefined();
    const { ParseEnglish } = await import('parse-english');
    expect(vendoredTree).toEqual(new ParseEnglish().parse(sample));
    expect(readFileSync(new URL('../dist/vendor/THIRD-PARTY-LICENSES.md', import.meta.url), 'utf8')).toContain('## parse-latin 7.');
  });
});
