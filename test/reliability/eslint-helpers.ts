/** Running eslint-plugin-redline through ESLint's Linter on generated programs (JSX with espree, TSX with typescript-eslint). */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from 'eslint-plugin-redline';
import type { Program } from './code-arbitraries.js';

export const linter = new Linter({ configType: 'flat' });

/** A flat config with the rule on the preset (no discovery: generated programs have no folder). */
export function configFor(options: { typescript: boolean; comments: boolean }): Linter.Config[] {
  return [
    {
      files: ['**/*.jsx', '**/*.tsx'],
      plugins: { redline: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { 'redline/phrasing': ['error', { preset: 'redline:recommended', comments: options.comments }] },
      languageOptions: {
        sourceType: 'module',
        ...(options.typescript ? { parser: tsParser as Linter.Parser } : {}),
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
    },
  ];
}

export function filenameFor(program: { typescript: boolean }): string {
  return program.typescript ? 'generated.tsx' : 'generated.jsx';
}

/** Lint a program; `text` is the source ESLint's locations count in (without the BOM). */
export function lintProgram(program: Program): { messages: Linter.LintMessage[]; text: string } {
  const messages = linter.verify(program.code, configFor(program), { filename: filenameFor(program) });
  return { messages, text: program.bom ? program.code.slice(1) : program.code };
}

export function verifyAndFixProgram(program: Program, code: string): Linter.FixReport {
  return linter.verifyAndFix(code, configFor(program), { filename: filenameFor(program) });
}

/** The offset of ESLint's 1-based line and 0-based column (UTF-16) in `text`; line breaks are CRLF, LF, CR, LS, PS. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const match = /\r\n|[\r\n\u2028\u2029]/g;
    match.lastIndex = offset;
    const found = match.exec(text);
    if (!found) throw new Error(`line ${line} is past the end`);
    offset = found.index + found[0].length;
  }
  const result = offset + column - 1;
  if (result < 0 || result > text.length) throw new Error(`line ${line}, column ${column} is outside the text`);
  return result;
}

/** The policy rule id a report's message starts with: "[no-access-claim] …". */
export function ruleIdOf(message: string): string {
  return /^\[([a-z-]+)\]/.exec(message)?.[1] ?? message;
}
