/**
 * The ESLint rule on odd node shapes: tagged templates with invalid escapes (cooked value null), String.raw,
 * empty strings and templates, JSX entities and namespaced attributes, and a parser that produces node types
 * the rule has never heard of (what a Vue or Svelte parser does; neither is installed here). Exact positions.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configFor, linter } from './eslint-helpers.js';

interface Report {
  rule: string;
  text: string;
  line: number;
  column: number;
}

/** Lint `code` (TSX when `typescript`) and return each report's policy rule, the source it covers and where. */
function reports(code: string, options: { typescript?: boolean; comments?: boolean; config?: Linter.Config[] } = {}): Report[] {
  const config = options.config ?? configFor({ typescript: options.typescript ?? false, comments: options.comments ?? false });
  const messages = linter.verify(code, config, { filename: options.typescript ? 'shapes.tsx' : 'shapes.jsx' });
  expect(messages.filter((message) => message.fatal || message.ruleId !== 'redline/phrasing')).toEqual([]);
  const lines = code.split('\n');
  return messages.map((message) => {
    expect(message.endLine).toBe(message.line);
    const line = lines[message.line - 1] as string;
    return { rule: /^\[([a-z-]+)\]/.exec(message.message)?.[1] ?? '', text: line.slice(message.column - 1, (message.endColumn as number) - 1), line: message.line, column: message.column };
  });
}

describe('tagged templates and String.raw', () => {
  it('a tagged template with invalid escapes (cooked: null) is read from its raw text', () => {
    const code = 'tag`\\unicode \\xZ \\u{110000} Acme enables access to OpenAI`;';
    expect(reports(code)).toEqual([{ rule: 'no-access-claim', text: 'enables access to OpenAI', line: 1, column: 34 }]);
  });

  it('an invalid escape inside the claim widens the report to it and does not crash', () => {
    const code = 'tag`Acme \\calls on Chat GPT`;';
    expect(reports(code)).toEqual([
      { rule: 'no-invocation-claim', text: '\\calls on Chat GPT', line: 1, column: 10 },
      { rule: 'entity-spelling', text: 'Chat GPT', line: 1, column: 20 },
    ]);
  });

  it('String.raw with a claim around an expression, in TSX too', () => {
    const code = 'const a = String.raw`Acme calls on ${model} and sends your data to OpenAI`;';
    const expected = [{ rule: 'no-invocation-claim', text: 'sends your data to OpenAI', line: 1, column: 49 }];
    expect(reports(code)).toEqual(expected);
    expect(reports(code, { typescript: true })).toEqual(expected);
  });

  it('a template literal type is never copy', () => {
    expect(reports('type Claim = `enables access to ${string} OpenAI`;\nconst x: Claim = `enables access to ${"a"} OpenAI`;', { typescript: true })).toEqual([]);
  });
});

describe('empty and near-empty containers', () => {
  it.each([
    ['empty strings', `const a = ""; const b = ''; const c = \`\`;`],
    ['templates of expressions only', 'const d = `${x}${y}`; const e = tag``; const f = String.raw``;'],
    ['empty JSX text and attributes', 'const g = <p title="" data-x=\'\'></p>; const h = <></>; const i = <p>{""}</p>;'],
    ['a lone backslash escape and an entity', `const j = "\\\\"; const k = <p>&amp;</p>; const l = "\\u{0}";`],
    ['empty comments', '/**/ //\nconst m = 1;'],
  ])('%s: no report, no crash', (_, code) => {
    expect(reports(code, { comments: true })).toEqual([]);
    expect(reports(code, { comments: true, typescript: true })).toEqual([]);
  });
});

describe('JSX entities and namespaced attributes', () => {
  it('entities inside the claim are covered whole', () => {
    const code = 'const a = <p>Acme enables&nbsp;access to Open&#32;AI &amp; more</p>;';
    expect(reports(code)).toEqual([
      { rule: 'no-access-claim', text: 'enables&nbsp;access to Open&#32;AI', line: 1, column: 19 },
      { rule: 'entity-spelling', text: 'Open&#32;AI', line: 1, column: 42 },
    ]);
  });

  it('an unknown entity stands for itself (and splits no word)', () => {
    expect(reports('const a = <p>Acme enables &bogus; access to OpenAI</p>;')).toEqual([]);
  });

  it('namespaced attribute values, with either quote, in JSX and TSX', () => {
    const code = `const a = <svg xlink:title="Acme calls OpenAI" xml:lang='we call on ChatGPT' />;`;
    const expected = [
      { rule: 'no-invocation-claim', text: 'calls OpenAI', line: 1, column: 34 },
      { rule: 'no-invocation-claim', text: 'call on ChatGPT', line: 1, column: 61 },
    ];
    expect(reports(code)).toEqual(expected);
    expect(reports(code, { typescript: true })).toEqual(expected);
  });

  it('a namespaced element name and a member expression tag are not copy; their text is', () => {
    const code = 'const a = <svg:text>Acme calls OpenAI</svg:text>; const b = <UI.Text>Open AI</UI.Text>;';
    expect(reports(code)).toEqual([
      { rule: 'no-invocation-claim', text: 'calls OpenAI', line: 1, column: 26 },
      { rule: 'entity-spelling', text: 'Open AI', line: 1, column: 70 },
    ]);
  });
});

describe('node types the rule does not know (a Vue or Svelte parser, absent here)', () => {
  /**
   * A parser whose program holds a node type ESLint and the rule have never seen, with a string literal and a
   * template inside it, the way vue-eslint-parser and svelte-eslint-parser wrap template markup.
   */
  const foreignParser: Linter.Parser = {
    meta: { name: 'foreign-markup-parser' },
    parseForESLint(code: string) {
      const literalText = 'Acme enables access to OpenAI';
      const start = code.indexOf(`"${literalText}"`);
      const end = start + literalText.length + 2;
      const loc = (offset: number) => ({ line: 1, column: offset });
      const literal = { type: 'Literal', value: literalText, raw: `"${literalText}"`, range: [start, end], loc: { start: loc(start), end: loc(end) } };
      const element = { type: 'SvelteElement', name: 'p', children: [literal], range: [0, code.length], loc: { start: loc(0), end: loc(code.length) } };
      const text = { type: 'VText', value: 'Acme calls OpenAI', range: [0, 0], loc: { start: loc(0), end: loc(0) } };
      const ast = { type: 'Program', sourceType: 'module', body: [element, text], comments: [], tokens: [], range: [0, code.length], loc: { start: loc(0), end: loc(code.length) } };
      return { ast, visitorKeys: { Program: ['body'], SvelteElement: ['children'], VText: [], Literal: [] } } as unknown as Linter.ESLintParseResult;
    },
  };

  it('lints a string literal whose parent is an unknown node, and ignores unknown node types', () => {
    const code = '<p>{"Acme enables access to OpenAI"}</p>';
    const config = configFor({ typescript: false, comments: true }).map((entry) => ({ ...entry, languageOptions: { parser: foreignParser } }));
    expect(reports(code, { config })).toEqual([{ rule: 'no-access-claim', text: 'enables access to OpenAI', line: 1, column: 11 }]);
  });

  it('the recommended file patterns leave .vue and .svelte files alone (no parser needed)', async () => {
    const { default: plugin } = await import('eslint-plugin-redline');
    expect(plugin.configs.recommended.files).toEqual(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);
    // And the plugin loads without either parser installed.
    await expect(import('vue-eslint-parser' as string)).rejects.toThrow();
    await expect(import('svelte-eslint-parser' as string)).rejects.toThrow();
  });

  it('typescript-eslint-only nodes (decorators, satisfies, enums) do not trip it', () => {
    const code = '@Component({ title: "Acme calls OpenAI" })\nclass A {}\nconst b = "Open AI" satisfies string;\nenum C { D = "Chat GPT" }';
    expect(reports(code, { typescript: true, config: [{ ...configFor({ typescript: true, comments: false })[0], languageOptions: { parser: tsParser as Linter.Parser } }] })).toEqual([
      { rule: 'no-invocation-claim', text: 'calls OpenAI', line: 1, column: 27 },
      { rule: 'entity-spelling', text: 'Open AI', line: 3, column: 12 },
      { rule: 'entity-spelling', text: 'Chat GPT', line: 4, column: 15 },
    ]);
  });
});
