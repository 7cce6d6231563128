/** The rule under @eslint/markdown's language: remark-redline checks the file exactly as the CLI does. */
import { createRequire } from 'node:module';
import type { CompiledPolicy } from '@redline/core';
import type { TSESLint } from '@typescript-eslint/utils';
import { reportFindings, type MessageIds } from './report.js';

// The Markdown stack loads on the first Markdown file, not with the plugin (most files ESLint sees are code).
let remark: typeof import('remark-redline') | undefined;
function remarkRedline(): typeof import('remark-redline') {
  remark ??= createRequire(import.meta.url)('remark-redline') as typeof import('remark-redline');
  return remark;
}

type Context = Readonly<TSESLint.RuleContext<MessageIds, unknown[]>>;

export function markdownListener(context: Context, compiled: CompiledPolicy): TSESLint.RuleListener {
  return {
    root() {
      const { checkMarkdown, MarkdownError } = remarkRedline();
      let findings;
      try {
        findings = checkMarkdown(context.sourceCode.text, compiled, { mdx: /\.mdx$/i.test(context.physicalFilename) });
      } catch (error) {
        if (!(error instanceof MarkdownError)) throw error;
        // Markdown columns are 1-based, like the error's.
        context.report({ loc: { line: error.line ?? 1, column: error.column ?? 1 }, messageId: 'markdownError', data: { detail: error.reason } });
        return;
      }
      // Offsets are into the file itself: Markdown replacements are written as they are.
      reportFindings(context, findings, { toSource: (start, end) => [start, end], write: (text) => text });
    },
  };
}
