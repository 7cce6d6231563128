/** The plugin object as ESLint's flat config reads it. */
import { readFileSync } from 'node:fs';
import markdown from '@eslint/markdown';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string; peerDependencies: Record<string, string> };

describe('eslint-plugin-redline', () => {
  it('names itself with the package name and version', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-redline', version: pkg.version });
    expect(pkg.peerDependencies['eslint']).toBe('^9.15.0 || ^10.0.0');
  });

  it('has one rule, documented in docs/eslint.md, fixable and with suggestions', () => {
    expect(Object.keys(plugin.rules)).toEqual(['phrasing']);
    const meta = plugin.rules.phrasing.meta as typeof plugin.rules.phrasing.meta & { languages: string[] };
    expect(meta.docs?.url).toBe('https://github.com/redline-lint/redline/blob/main/docs/eslint.md#redlinephrasing');
    expect([meta.type, meta.fixable, meta.hasSuggestions]).toEqual(['suggestion', 'code', true]);
    expect(meta.defaultOptions).toEqual([{}]);
    expect(meta.languages).toEqual(['js/js', 'markdown/commonmark', 'markdown/gfm']);
  });

  it('has configs that register the plugin object itself', () => {
    expect(plugin.configs.recommended).toEqual({
      name: 'redline/recommended',
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      plugins: { redline: plugin },
      rules: { 'redline/phrasing': 'error' },
    });
    expect(plugin.configs.recommended.plugins['redline']).toBe(plugin);
    expect(plugin.configs.markdown).toEqual({
      name: 'redline/markdown',
      files: ['**/*.md'],
      plugins: { markdown, redline: plugin },
      language: 'markdown/gfm',
      rules: { 'redline/phrasing': 'error' },
    });
  });
});
