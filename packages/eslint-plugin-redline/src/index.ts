/**
 * eslint-plugin-redline: the redline partner-wording policy in ESLint. A flat-config plugin with one rule,
 * `redline/phrasing`, and two configs: `recommended` (JavaScript, TypeScript, JSX) and `markdown` (Markdown files
 * through @eslint/markdown's language).
 */
import { createRequire } from 'node:module';
import markdown from '@eslint/markdown';
import type { TSESLint } from '@typescript-eslint/utils';
import { phrasing } from './rule.js';

export type { RedlineOptions } from './policy.js';
export { DOCS, LANGUAGES } from './rule.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** A flat config object as ESLint 9 and 10 read it. */
export interface RedlineConfig {
  name: string;
  files: string[];
  plugins: Record<string, unknown>;
  language?: string;
  rules: TSESLint.FlatConfig.Rules;
}

export interface RedlinePlugin {
  meta: { name: string; version: string };
  rules: { phrasing: typeof phrasing };
  configs: { recommended: RedlineConfig; markdown: RedlineConfig };
}

const plugin: RedlinePlugin = {
  meta: { name, version },
  rules: { phrasing },
  configs: {} as RedlinePlugin['configs'],
};

plugin.configs.recommended = {
  name: 'redline/recommended',
  files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
  plugins: { redline: plugin },
  rules: { 'redline/phrasing': 'error' },
};

plugin.configs.markdown = {
  name: 'redline/markdown',
  files: ['**/*.md'],
  plugins: { markdown, redline: plugin },
  language: 'markdown/gfm',
  rules: { 'redline/phrasing': 'error' },
};

export default plugin;
