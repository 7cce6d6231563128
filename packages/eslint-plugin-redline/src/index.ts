/**
 * eslint-plugin-redline: the redline partner-wording policy in ESLint. A flat-config plugin with one rule,
 * `redline/phrasing`, and two configs: `recommended` (JavaScript, TypeScript, JSX) and `markdown` (Markdown files
 * through @eslint/markdown's language).
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { phrasing } from './rule.js';

export type { RedlineOptions } from './policy.js';
export { DOCS, LANGUAGES } from './rule.js';

const require = createRequire(import.meta.url);
const { name, version } = require('../package.json') as { name: string; version: string };

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

// @eslint/markdown (and with it a Markdown parser) loads only when a config asks for `configs.markdown`, so a
// TypeScript-only setup does not pay for it. Node 20.19+ can require() it although it is an ES module.
let markdownConfig: RedlineConfig | undefined;
Object.defineProperty(plugin.configs, 'markdown', {
  enumerable: true,
  get(): RedlineConfig {
    markdownConfig ??= {
      name: 'redline/markdown',
      files: ['**/*.md'],
      plugins: { markdown: (require('@eslint/markdown') as { default: unknown }).default, redline: plugin },
      language: 'markdown/gfm',
      rules: { 'redline/phrasing': 'error' },
    };
    return markdownConfig;
  },
});

export default plugin;
