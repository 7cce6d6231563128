/**
 * `redline/phrasing`: the redline policy on the copy in code (string literals, template text, JSX text and
 * attribute strings, optionally comments) and, under @eslint/markdown's language, on Markdown files.
 */
import { checkText, PolicyError, type CompiledPolicy } from '@redline/core';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
// The eslint-utils entry alone: the package's main entry also loads TypeScript's parser (150 ms at start-up).
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { decodeText, sourceRange, type TextKind } from './decode.js';
import { escapeFor } from './escape.js';
import { markdownListener } from './markdown.js';
import { policyFor, redlineSettings, type RedlineOptions } from './policy.js';
import { sourceMayMatch } from './prefilter.js';
import { messages, reportFindings, type MessageIds } from './report.js';
import { isCodeLiteral, isRawTemplate, isTypeTemplate } from './targets.js';

export const DOCS = 'https://github.com/redline-lint/redline/blob/main/docs/eslint.md';

const createRule = RuleCreator<{ recommended: boolean }>((name) => `${DOCS}#redline${name}`);

type Options = [RedlineOptions];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** The policy for this file, or undefined after reporting why there is none. */
function loadPolicy(context: Context, options: RedlineOptions): CompiledPolicy | undefined {
  try {
    return policyFor(context.physicalFilename, context.cwd, options, redlineSettings(context.settings));
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    context.report({ loc: { line: 1, column: 0 }, messageId: 'policyError', data: { detail: error.message } });
    return undefined;
  }
}

/** Check one decoded piece of the file and report its findings at their exact source characters. */
function check(context: Context, compiled: CompiledPolicy, kind: TextKind, from: number, to: number, quote = ''): void {
  const source = context.sourceCode.text;
  const decoded = decodeText(kind, source.slice(from, to), from);
  const findings = checkText(decoded.value, compiled);
  if (findings.length === 0) return;
  reportFindings(context, findings, {
    toSource: (start, end) => sourceRange(decoded, start, end),
    write: (text, [start, end]) => escapeFor(kind, text, quote, source[start - 1] ?? '', source[end] ?? ''),
  });
}

const rule = createRule<Options, MessageIds>({
  name: 'phrasing',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce the redline policy on partner wording in strings, templates, JSX, comments and Markdown',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages,
    schema: [
      {
        type: 'object',
        properties: {
          config: { type: 'string', description: 'Policy file to use instead of discovery (a JavaScript config runs only when named here).' },
          preset: { type: 'string', description: 'Built-in preset to use instead of discovery, e.g. "redline:recommended".' },
          comments: { type: 'boolean', description: 'Also check comments.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
  },
  create: listeners,
});

/** The rule's listeners for one file. */
function listeners(context: Context, [options]: Readonly<Options>): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const compiled = loadPolicy(context, options);
  if (!compiled || !sourceMayMatch(sourceCode.text, compiled)) return {};
  if ((sourceCode.ast as { type: string }).type === 'root') return markdownListener(context, compiled);

  const comments = options.comments ?? redlineSettings(context.settings).comments ?? false;
  const bounds = (node: TSESTree.Node | TSESTree.Token): [number, number] => node.range;
  return {
    Literal(node) {
      if (typeof node.value !== 'string' || isCodeLiteral(node)) return;
      const [start, end] = bounds(node);
      const quote = sourceCode.text[start] ?? '';
      check(context, compiled, node.parent.type === 'JSXAttribute' ? 'jsx-attribute' : 'string', start + 1, end - 1, quote);
    },
    TemplateElement(node) {
      if (isTypeTemplate(node)) return;
      const [start, end] = bounds(node);
      // The range includes the delimiters: "`" or "}" before, "`" or "${" after.
      check(context, compiled, isRawTemplate(node) ? 'raw-template' : 'template', start + 1, sourceCode.text.endsWith('${', end) ? end - 2 : end - 1);
    },
    JSXText(node) {
      const [start, end] = bounds(node);
      check(context, compiled, 'jsx-text', start, end);
    },
    Program() {
      if (!comments) return;
      for (const comment of sourceCode.getAllComments()) {
        const [start, end] = bounds(comment);
        check(context, compiled, 'comment', start + 2, comment.type === 'Block' ? end - 2 : end, comment.type === 'Block' ? '*/' : '');
      }
    },
  };
}

/** The languages the rule understands (ESLint 10 refuses it elsewhere): JavaScript/TypeScript, and @eslint/markdown registered as `markdown`. */
export const LANGUAGES = ['js/js', 'markdown/commonmark', 'markdown/gfm'];

/**
 * The rule as ESLint gets it. RuleCreator's `create` merges the user's options into a `structuredClone` of the
 * defaults for every file (~20 ms over 300 files, a quarter of the rule's time on a small app); the only default is
 * an empty object, so the listeners get the user's option object as it is.
 */
export const phrasing: typeof rule = {
  ...rule,
  meta: { ...rule.meta, ...{ languages: LANGUAGES } },
  create: (context) => listeners(context, [context.options[0] ?? {}]),
};
