// The whole setup: the plugin's two configs, with the TypeScript parser for .ts/.tsx.
import tsParser from '@typescript-eslint/parser';
import redline from 'eslint-plugin-redline';

export default [
  {
    ...redline.configs.recommended,
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  redline.configs.markdown,
];
