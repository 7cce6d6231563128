/**
 * ESLint 10 with @typescript-eslint/parser over a TypeScript/TSX tree, in one of these variants:
 *   base          the parser and one trivial core rule (no-debugger): the 1.00 of the comparison
 *   redline       base + redline/phrasing (packages/eslint-plugin-redline, built-in policy)
 *   cspell        base + @cspell/spellchecker (suggestions off)
 *   inclusive     base + inclusive-language/use-inclusive-words
 *   case-police   base + case-police/string-check
 * Usage: node bench/tasks/eslint.mjs <variant> <folder> [patterns…] (default: every .ts and .tsx file under <folder>/src)
 */
import { fixupPluginRules } from '@eslint/compat';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { resolve } from 'node:path';
import { eslintPluginDist } from '../lib/paths.mjs';

const [variant, folder, ...patterns] = process.argv.slice(2);

async function variantConfig(name) {
  switch (name) {
    case 'base':
      return {};
    case 'redline': {
      const { default: redline } = await import(eslintPluginDist);
      return { plugins: { redline }, rules: { 'redline/phrasing': 'error' } };
    }
    case 'cspell': {
      const { default: cspell } = await import('@cspell/eslint-plugin');
      return { plugins: { '@cspell': cspell }, rules: { '@cspell/spellchecker': ['warn', { autoFix: false, generateSuggestions: false, numSuggestions: 0 }] } };
    }
    case 'inclusive': {
      // Written for ESLint ≤ 9 (context.getSourceCode): @eslint/compat adds the removed methods back.
      const { default: inclusive } = await import('eslint-plugin-inclusive-language');
      return { plugins: { 'inclusive-language': fixupPluginRules(inclusive) }, rules: { 'inclusive-language/use-inclusive-words': 'warn' } };
    }
    case 'case-police': {
      const { default: casePolice } = await import('eslint-plugin-case-police');
      return { plugins: { 'case-police': fixupPluginRules(casePolice) }, rules: { 'case-police/string-check': 'warn' } };
    }
    default:
      throw new Error(`unknown variant ${name}`);
  }
}

const extra = await variantConfig(variant);
const eslint = new ESLint({
  cwd: resolve(folder),
  errorOnUnmatchedPattern: false,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: extra.plugins ?? {},
      rules: { 'no-debugger': 'error', ...extra.rules },
    },
  ],
});
const results = await eslint.lintFiles(patterns.length ? patterns : ['src/**/*.ts', 'src/**/*.tsx']);
const messages = results.reduce((sum, result) => sum + result.messages.length, 0);
const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => `${result.filePath}: ${message.message}`));
if (process.env.REDLINE_BENCH_VERBOSE || fatal.length) console.log(`${results.length} files, ${messages} messages, ${fatal.length} fatal`, fatal.slice(0, 3));
// A parse error means the comparison is not like for like: fail the run.
if (fatal.length) process.exitCode = 3;
