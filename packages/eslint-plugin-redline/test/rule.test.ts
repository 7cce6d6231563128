/**
 * `redline/phrasing` on TypeScript and TSX through @typescript-eslint/rule-tester: exact positions, every
 * suggestion's output and the fix output, every escape form, and everything the rule must leave alone.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';
import { phrasing as rule } from '../src/rule.js';
import { access, invocation, replace, spelling } from './messages.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// The rule tester carries its own copy of @typescript-eslint/utils (8.72), whose context type differs in name only.
const phrasing = rule as unknown as Parameters<RuleTester['run']>[1];

const preset = { redline: { preset: 'redline:recommended' } };
const ruleTester = new RuleTester({ settings: preset });
const tsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

ruleTester.run('phrasing (TypeScript)', phrasing, {
  valid: [
    'const hero = "Acme is powered by OpenAI.";',
    'const hero = `Acme integrates with ${"ChatGPT"}.`;',
    // Module specifiers, directives, keys and types name code, not copy.
    'import x from "Acme calls on ChatGPT";',
    'import type { T } from "Acme calls on ChatGPT";',
    'export * from "Acme calls on ChatGPT";',
    'export { y } from "Acme calls on ChatGPT";',
    'const m = import("Acme calls on ChatGPT");',
    'const r = require("Acme calls on ChatGPT");',
    'const p = require.resolve("Acme calls on ChatGPT");',
    'import fs = require("Acme calls on ChatGPT");',
    'import data from "./data.json" with { type: "Acme calls on ChatGPT" };',
    '"Acme calls on ChatGPT";\nconst q = 1;',
    'function f() {\n  "Acme calls on ChatGPT";\n}',
    'const o = { "Acme calls on ChatGPT": 1, ["Acme calls on ChatGPT"]: 2 };',
    'const v = o["Acme calls on ChatGPT"];',
    'class C { "Acme calls on ChatGPT" = 1; "Acme calls OpenAI"() {} }',
    'interface I { "Acme calls on ChatGPT": string; "Acme calls OpenAI"(): void }',
    'type L = "Acme calls on ChatGPT";',
    'let u: "Acme calls on ChatGPT" | "b" = "b";',
    'type T = `Acme calls on ChatGPT ${string}`;',
    'type I2 = import("Acme calls on ChatGPT").T;',
    'enum E { "Acme calls on ChatGPT" = 1 }',
    'declare module "Acme calls on ChatGPT" {}',
    // A phrase split by a substitution is two separate texts.
    'const w = `Acme calls ${x} ChatGPT`;',
    // Comments only with `comments: true`.
    '// Acme calls on ChatGPT\nconst z = 1;',
    { code: '// Acme calls on ChatGPT\nconst z = 1;', options: [{ comments: false }], settings: { redline: { preset: 'redline:recommended', comments: true } } },
    // JSX attribute strings have no backslash escapes: `\u0020` is six characters there.
    { code: 'const a = <a title="Acme calls\\u0020ChatGPT" />;', languageOptions: tsx, filename: 'react.tsx' },
  ],
  invalid: [
    {
      code: 'const hero = "Acme enables access to OpenAI models.";',
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const hero = "Acme is powered by OpenAI models.";' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const hero = "Acme integrates with OpenAI models.";' },
          ],
        },
      ],
    },
    {
      // \u0065 at the start and \u0049 at the end: the report widens to both escapes.
      code: String.raw`const a = "Acme \u0065nables access to OpenA\u0049.";`,
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 51,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const a = "Acme is powered by OpenAI.";' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const a = "Acme integrates with OpenAI.";' },
          ],
        },
      ],
    },
    {
      code: String.raw`const b = 'Acme calls on Op\x65nAI.';`,
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on OpenAI', 'OpenAI'),
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            { messageId: 'replace', data: replace('calls on OpenAI', 'integrates with OpenAI'), output: "const b = 'Acme integrates with OpenAI.';" },
            { messageId: 'replace', data: replace('calls on OpenAI', 'is enabled by OpenAI'), output: "const b = 'Acme is enabled by OpenAI.';" },
          ],
        },
      ],
    },
    {
      // \u{43} is the C of "Chat GPT"; the spelling fix replaces the escape too.
      code: String.raw`const c = "Acme calls on \u{43}hat GPT.";`,
      output: 'const c = "Acme calls on ChatGPT.";',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on Chat GPT', 'Chat GPT'),
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            { messageId: 'replace', data: replace('calls on Chat GPT', 'integrates with Chat GPT'), output: 'const c = "Acme integrates with Chat GPT.";' },
            { messageId: 'replace', data: replace('calls on Chat GPT', 'is enabled by Chat GPT'), output: 'const c = "Acme is enabled by Chat GPT.";' },
          ],
        },
        {
          messageId: 'banned',
          data: spelling('Chat GPT', 'ChatGPT'),
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 39,
          suggestions: [{ messageId: 'replace', data: replace('Chat GPT', 'ChatGPT'), output: 'const c = "Acme calls on ChatGPT.";' }],
        },
      ],
    },
    {
      // A line continuation: the phrase runs onto line 2 of the source.
      code: 'const d = "Acme enables acc\\\ness to OpenAI.";',
      errors: [
        {
          messageId: 'banned',
          data: access('enables acc\\\ness to OpenAI'.replace('\\\n', '')),
          line: 1,
          column: 17,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const d = "Acme is powered by OpenAI.";' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const d = "Acme integrates with OpenAI.";' },
          ],
        },
      ],
    },
    {
      code: String.raw`const e = "Acme enables\naccess\tto OpenAI";`,
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const e = "Acme is powered by OpenAI";' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const e = "Acme integrates with OpenAI";' },
          ],
        },
      ],
    },
    {
      code: 'enum Copy { Hero = "Acme calls on ChatGPT" }',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: 'enum Copy { Hero = "Acme integrates with ChatGPT" }' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: 'enum Copy { Hero = "Acme is enabled by ChatGPT" }' },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('phrasing (templates)', phrasing, {
  valid: [],
  invalid: [
    {
      code: 'const t = `Acme enables access to OpenAI for ${team}.`;',
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 41,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const t = `Acme is powered by OpenAI for ${team}.`;' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const t = `Acme integrates with OpenAI for ${team}.`;' },
          ],
        },
      ],
    },
    {
      // The text between two substitutions.
      code: 'const w = `${a} Acme calls on ChatGPT ${b} done`;',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 38,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: 'const w = `${a} Acme integrates with ChatGPT ${b} done`;' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: 'const w = `${a} Acme is enabled by ChatGPT ${b} done`;' },
          ],
        },
      ],
    },
    {
      // CRLF inside a template reads as one line break; the position counts both characters.
      code: 'const u = `Acme enables\r\naccess to OpenAI`;',
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 17,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const u = `Acme is powered by OpenAI`;' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const u = `Acme integrates with OpenAI`;' },
          ],
        },
      ],
    },
    {
      // A tagged template may hold an invalid escape (no cooked value): it reads as written.
      code: 'const v = tag`\\unicode: Acme calls on ChatGPT`;',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 46,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: 'const v = tag`\\unicode: Acme integrates with ChatGPT`;' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: 'const v = tag`\\unicode: Acme is enabled by ChatGPT`;' },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('phrasing (TSX)', phrasing, {
  valid: [],
  invalid: [
    {
      code: 'const a = <p>Acme gives access to Open AI &amp; more</p>;',
      filename: 'react.tsx',
      languageOptions: tsx,
      output: 'const a = <p>Acme gives access to OpenAI &amp; more</p>;',
      errors: [
        {
          messageId: 'banned',
          data: access('gives access to Open AI', 'Open AI'),
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            { messageId: 'replace', data: replace('gives access to Open AI', 'is powered by Open AI'), output: 'const a = <p>Acme is powered by Open AI &amp; more</p>;' },
            { messageId: 'replace', data: replace('gives access to Open AI', 'integrates with Open AI'), output: 'const a = <p>Acme integrates with Open AI &amp; more</p>;' },
          ],
        },
        {
          messageId: 'banned',
          data: spelling('Open AI', 'OpenAI'),
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 42,
          suggestions: [{ messageId: 'replace', data: replace('Open AI', 'OpenAI'), output: 'const a = <p>Acme gives access to OpenAI &amp; more</p>;' }],
        },
      ],
    },
    {
      // Named, hexadecimal and decimal entities; the report covers the entities it overlaps.
      code: 'const b = <p>Acme enables&nbsp;access to Open&#x41;I and &#67;hatGPT</p>;',
      filename: 'react.tsx',
      languageOptions: tsx,
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 53,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'const b = <p>Acme is powered by OpenAI and &#67;hatGPT</p>;' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'const b = <p>Acme integrates with OpenAI and &#67;hatGPT</p>;' },
          ],
        },
      ],
    },
    {
      code: ['const c = (', '  <section>', '    Acme enables', '    access to ChatGPT.', '  </section>', ');'].join('\n'),
      filename: 'react.tsx',
      languageOptions: tsx,
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to ChatGPT', 'ChatGPT'),
          line: 3,
          column: 10,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'replace',
              data: replace('enables access to ChatGPT', 'is powered by ChatGPT'),
              output: ['const c = (', '  <section>', '    Acme is powered by ChatGPT.', '  </section>', ');'].join('\n'),
            },
            {
              messageId: 'replace',
              data: replace('enables access to ChatGPT', 'integrates with ChatGPT'),
              output: ['const c = (', '  <section>', '    Acme integrates with ChatGPT.', '  </section>', ');'].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // CRLF line breaks in JSX text.
      code: 'const c = <p>\r\n  Acme enables\r\n  access to ChatGPT.\r\n</p>;',
      filename: 'react.tsx',
      languageOptions: tsx,
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to ChatGPT', 'ChatGPT'),
          line: 2,
          column: 8,
          endLine: 3,
          endColumn: 20,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to ChatGPT', 'is powered by ChatGPT'), output: 'const c = <p>\r\n  Acme is powered by ChatGPT.\r\n</p>;' },
            { messageId: 'replace', data: replace('enables access to ChatGPT', 'integrates with ChatGPT'), output: 'const c = <p>\r\n  Acme integrates with ChatGPT.\r\n</p>;' },
          ],
        },
      ],
    },
    {
      code: "const d = <img alt='Acme calls on Chat GPT' />;",
      filename: 'react.tsx',
      languageOptions: tsx,
      output: "const d = <img alt='Acme calls on ChatGPT' />;",
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on Chat GPT', 'Chat GPT'),
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 43,
          suggestions: [
            { messageId: 'replace', data: replace('calls on Chat GPT', 'integrates with Chat GPT'), output: "const d = <img alt='Acme integrates with Chat GPT' />;" },
            { messageId: 'replace', data: replace('calls on Chat GPT', 'is enabled by Chat GPT'), output: "const d = <img alt='Acme is enabled by Chat GPT' />;" },
          ],
        },
        {
          messageId: 'banned',
          data: spelling('Chat GPT', 'ChatGPT'),
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 43,
          suggestions: [{ messageId: 'replace', data: replace('Chat GPT', 'ChatGPT'), output: "const d = <img alt='Acme calls on ChatGPT' />;" }],
        },
      ],
    },
    {
      // A string in a JSX expression container is a JavaScript string.
      code: 'const e = <p>{"Acme calls on \\u0043hatGPT"}</p>;',
      filename: 'react.tsx',
      languageOptions: tsx,
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: 'const e = <p>{"Acme integrates with ChatGPT"}</p>;' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: 'const e = <p>{"Acme is enabled by ChatGPT"}</p>;' },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('phrasing (comments)', phrasing, {
  valid: [],
  invalid: [
    {
      code: ['// Acme calls on ChatGPT', '/**', ' * Acme enables', ' * access to OpenAI.', ' */', 'const x = 1;'].join('\n'),
      options: [{ comments: true }],
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 25,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: ['// Acme integrates with ChatGPT', '/**', ' * Acme enables', ' * access to OpenAI.', ' */', 'const x = 1;'].join('\n') },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: ['// Acme is enabled by ChatGPT', '/**', ' * Acme enables', ' * access to OpenAI.', ' */', 'const x = 1;'].join('\n') },
          ],
        },
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 3,
          column: 9,
          endLine: 4,
          endColumn: 20,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: ['// Acme calls on ChatGPT', '/**', ' * Acme is powered by OpenAI.', ' */', 'const x = 1;'].join('\n') },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: ['// Acme calls on ChatGPT', '/**', ' * Acme integrates with OpenAI.', ' */', 'const x = 1;'].join('\n') },
          ],
        },
      ],
    },
    {
      // `comments` from settings.redline.
      code: '/* Acme calls on ChatGPT */',
      settings: { redline: { preset: 'redline:recommended', comments: true } },
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 25,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: '/* Acme integrates with ChatGPT */' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: '/* Acme is enabled by ChatGPT */' },
          ],
        },
      ],
    },
  ],
});
