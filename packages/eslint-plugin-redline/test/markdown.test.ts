/**
 * `redline/phrasing` on Markdown through @eslint/markdown's language, with ESLint's own RuleTester: the same
 * findings, at the same positions, as the redline CLI reports for the same file.
 */
import markdown from '@eslint/markdown';
import { RuleTester, type Rule } from 'eslint';
import { describe, it } from 'vitest';
import { phrasing } from '../src/rule.js';
import { access, invocation, replace, spelling } from './messages.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = phrasing as unknown as Rule.RuleModule;
const settings = { redline: { preset: 'redline:recommended' } };

for (const language of ['markdown/commonmark', 'markdown/gfm']) {
  const ruleTester = new RuleTester({ plugins: { markdown }, language, settings });

  ruleTester.run(`phrasing (${language})`, rule, {
    valid: [
      '# Acme\n\nAcme is powered by OpenAI and integrates with ChatGPT.\n',
      // Code is not prose.
      '```js\nconst note = "Acme calls on ChatGPT";\n```\n\nAlso `calls on ChatGPT` inline.\n',
      // remark-redline's disable comments (ESLint's own are in the end-to-end test, where the rule has its real name).
      '<!-- redline ignore -->\nAcme calls on ChatGPT.\n',
    ],
    invalid: [
      {
        code: '# Acme\n\nAcme enables access to OpenAI models.\n\n- It calls on Chat GPT for answers.\n',
        output: '# Acme\n\nAcme enables access to OpenAI models.\n\n- It calls on ChatGPT for answers.\n',
        errors: [
          {
            messageId: 'banned',
            data: access('enables access to OpenAI'),
            line: 3,
            column: 6,
            endLine: 3,
            endColumn: 30,
            suggestions: [
              { messageId: 'replace', data: replace('enables access to OpenAI', 'is powered by OpenAI'), output: '# Acme\n\nAcme is powered by OpenAI models.\n\n- It calls on Chat GPT for answers.\n' },
              { messageId: 'replace', data: replace('enables access to OpenAI', 'integrates with OpenAI'), output: '# Acme\n\nAcme integrates with OpenAI models.\n\n- It calls on Chat GPT for answers.\n' },
            ],
          },
          {
            messageId: 'banned',
            data: invocation('calls on Chat GPT', 'Chat GPT'),
            line: 5,
            column: 6,
            endLine: 5,
            endColumn: 23,
            suggestions: [
              { messageId: 'replace', data: replace('calls on Chat GPT', 'integrates with Chat GPT'), output: '# Acme\n\nAcme enables access to OpenAI models.\n\n- It integrates with Chat GPT for answers.\n' },
              { messageId: 'replace', data: replace('calls on Chat GPT', 'is enabled by Chat GPT'), output: '# Acme\n\nAcme enables access to OpenAI models.\n\n- It is enabled by Chat GPT for answers.\n' },
            ],
          },
          {
            messageId: 'banned',
            data: spelling('Chat GPT', 'ChatGPT'),
            line: 5,
            column: 15,
            endLine: 5,
            endColumn: 23,
            suggestions: [{ messageId: 'replace', data: replace('Chat GPT', 'ChatGPT'), output: '# Acme\n\nAcme enables access to OpenAI models.\n\n- It calls on ChatGPT for answers.\n' }],
          },
        ],
      },
      {
        // A phrase wrapped over two lines and broken by emphasis: no suggestion, since it would drop the markup.
        code: 'Acme *enables*\naccess to OpenAI.\n',
        errors: [
          {
            messageId: 'banned',
            data: access('enables access to OpenAI'),
            line: 1,
            column: 7,
            endLine: 2,
            endColumn: 17,
            suggestions: [],
          },
        ],
      },
    ],
  });
}

const mdxTester = new RuleTester({ plugins: { markdown }, language: 'markdown/gfm', settings });

mdxTester.run('phrasing (MDX files)', rule, {
  valid: [{ code: 'Acme integrates with ChatGPT {1 + 1}.\n', filename: 'page.mdx' }],
  invalid: [
    {
      // JSX string attributes are prose in MDX.
      code: '<Note title="Acme calls on ChatGPT" />\n',
      filename: 'page.mdx',
      errors: [
        {
          messageId: 'banned',
          data: invocation('calls on ChatGPT'),
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            { messageId: 'replace', data: replace('calls on ChatGPT', 'integrates with ChatGPT'), output: '<Note title="Acme integrates with ChatGPT" />\n' },
            { messageId: 'replace', data: replace('calls on ChatGPT', 'is enabled by ChatGPT'), output: '<Note title="Acme is enabled by ChatGPT" />\n' },
          ],
        },
      ],
    },
    {
      // Invalid MDX: one report where the parser stopped, instead of a crash.
      code: '<Note title="Acme calls on ChatGPT"\n\nAcme calls on ChatGPT\n',
      filename: 'page.mdx',
      errors: [{ messageId: 'markdownError', line: 4, column: 1 }],
    },
  ],
});
