/**
 * `redline/phrasing` on plain JavaScript and JSX parsed by espree (ESLint's own RuleTester), and the escaping of
 * suggestions for every container: quotes, backticks and `${`, JSX text and attributes, block comments.
 */
import { fileURLToPath } from 'node:url';
import { RuleTester, type Rule } from 'eslint';
import { describe, it } from 'vitest';
import { phrasing } from '../src/rule.js';
import { access, invocation, replace, sauce, SAUCE_TEXT } from './messages.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = phrasing as unknown as Rule.RuleModule;
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

const presetTester = new RuleTester({ languageOptions: jsx, settings: { redline: { preset: 'redline:recommended' } } });

presetTester.run('phrasing (JavaScript)', rule, {
  valid: ['const copy = "Acme integrates with ChatGPT.";', 'import "Acme calls on ChatGPT";', '"use client";\nconst a = 1;'],
  invalid: [
    {
      code: 'const copy = <p title="Acme">Acme calls on ChatGPT.</p>;',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 51,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: 'const copy = <p title="Acme">Acme integrates with ChatGPT.</p>;' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: 'const copy = <p title="Acme">Acme is enabled by ChatGPT.</p>;' },
          ],
        },
      ],
    },
    {
      // A legacy octal escape (sloppy-mode scripts only): \145 is "e".
      code: 'var f = "Acme \\145nables access to OpenAI";',
      languageOptions: { sourceType: 'script' },
      errors: [
        {
          messageId: 'banned',
          data: access('enables access to OpenAI'),
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: 'var f = "Acme is powered by OpenAI";' },
            { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: 'var f = "Acme integrates with OpenAI";' },
          ],
        },
      ],
    },
  ],
});

const escaping = fileURLToPath(new URL('fixtures/escaping/redline.config.yaml', import.meta.url));
const escapingTester = new RuleTester({ languageOptions: jsx, settings: { redline: { config: escaping, comments: true } } });

/** One error of the escaping policy, with its suggestion's output (and the position of the phrase). */
function sauceError(actual: string, column: number, output: string): object {
  return {
    messageId: 'banned',
    data: sauce(actual),
    line: 1,
    column,
    endLine: 1,
    endColumn: column + actual.length,
    suggestions: [{ messageId: 'replace', data: replace(actual, SAUCE_TEXT), output }],
  };
}

escapingTester.run('phrasing (escaping suggestions and fixes)', rule, {
  valid: ['const s = "Our recipe.";'],
  invalid: [
    {
      // The policy's safe fix, and a suggestion escaped for a double-quoted string.
      code: 'const s = "Our magic sauce.";',
      output: 'const s = "Our special recipe.";',
      errors: [sauceError('magic sauce', 16, String.raw`const s = "Our Acme's \"x\" ` + '`${y}`' + String.raw` <b>{z}</b> & co \\ */.";`)],
    },
    {
      code: "const s = 'Our secret sauce.';",
      errors: [sauceError('secret sauce', 16, String.raw`const s = 'Our Acme\'s "x" ` + '`${y}`' + String.raw` <b>{z}</b> & co \\ */.';`)],
    },
    {
      code: 'const s = `Our secret sauce.`;',
      errors: [sauceError('secret sauce', 16, 'const s = `Our Acme\'s "x" \\`\\${y}\\` <b>{z}</b> & co \\\\ */.`;')],
    },
    {
      code: 'const j = <p>Our secret sauce.</p>;',
      errors: [sauceError('secret sauce', 18, 'const j = <p>Our Acme\'s "x" `$&#123;y&#125;` &lt;b&gt;&#123;z&#125;&lt;/b&gt; &amp; co \\ */.</p>;')],
    },
    {
      code: 'const j = <p title="Our secret sauce" />;',
      errors: [sauceError('secret sauce', 25, 'const j = <p title="Our Acme\'s &quot;x&quot; `${y}` <b>{z}</b> &amp; co \\ */" />;')],
    },
    {
      code: "const j = <p title='Our secret sauce' />;",
      errors: [sauceError('secret sauce', 25, 'const j = <p title=\'Our Acme&apos;s "x" `${y}` <b>{z}</b> &amp; co \\ */\' />;')],
    },
    {
      code: '/* Our secret sauce */',
      errors: [sauceError('secret sauce', 8, '/* Our Acme\'s "x" `${y}` <b>{z}</b> & co \\ * / */')],
    },
    {
      code: '// Our secret sauce',
      errors: [sauceError('secret sauce', 8, '// Our Acme\'s "x" `${y}` <b>{z}</b> & co \\ */')],
    },
  ],
});

presetTester.run('phrasing (String.raw templates)', rule, {
  // The value of String.raw`…` is its source: "\u004FpenAI" stays six characters and a backslash, not "OpenAI".
  valid: ['const copy = String.raw`Acme calls on \\u004FpenAI.`;'],
  invalid: [
    {
      code: 'const path = String.raw`C:\\docs\\ Acme calls on OpenAI`;',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on OpenAI', 'OpenAI'),
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 54,
          suggestions: [
            { messageId: 'replace', data: replace('calls on OpenAI', 'integrates with OpenAI'), output: 'const path = String.raw`C:\\docs\\ Acme integrates with OpenAI`;' },
            { messageId: 'replace', data: replace('calls on OpenAI', 'is enabled by OpenAI'), output: 'const path = String.raw`C:\\docs\\ Acme is enabled by OpenAI`;' },
          ],
        },
      ],
    },
    {
      // Tagged with anything else, the cooked value is what is checked.
      code: 'const copy = html`Acme calls on \\u004FpenAI.`;',
      errors: [{ messageId: 'banned', data: invocation('calls on OpenAI', 'OpenAI'), line: 1, column: 24, endLine: 1, endColumn: 44, suggestions: 2 }],
    },
  ],
});
