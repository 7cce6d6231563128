/** Turning core findings into ESLint reports: message, exact location, suggestions and the safe fix. */
import type { Finding, Replacement } from '@redline/core';
import type { TSESLint } from '@typescript-eslint/utils';

export type MessageIds = 'banned' | 'replace' | 'policyError' | 'markdownError';

export const messages: Record<MessageIds, string> = {
  banned: '[{{ruleId}}] {{message}}{{expected}}',
  replace: 'Replace “{{actual}}” with “{{text}}”.',
  policyError: 'redline: {{detail}}',
  markdownError: 'redline: cannot check this Markdown: {{detail}}',
};

/** Where a finding's text lives: its source range for a value range, and how replacement text is written there. */
export interface Container {
  toSource(start: number, end: number): [number, number];
  write(text: string, range: [number, number]): string;
}

/** Messages are one line in every formatter: a line break or tab inside the quoted source text reads as a space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The preferred phrasings, as a sentence to append when the policy's message does not already name them all. */
function expectedNote(finding: Finding): string {
  const missing = finding.expected.some((phrase) => !finding.message.includes(phrase));
  if (!missing || finding.expected.length === 0) return '';
  return ` Preferred: ${finding.expected.map((phrase) => `“${phrase}”`).join(', ')}.`;
}

type Context = Readonly<TSESLint.RuleContext<MessageIds, unknown[]>>;

function replace(container: Container, replacement: Replacement): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const range = container.toSource(replacement.start, replacement.end);
  const text = container.write(replacement.text, range);
  return (fixer) => fixer.replaceTextRange(range, text);
}

/** Report every finding of a value checked inside `container`. */
export function reportFindings(context: Context, findings: Finding[], container: Container): void {
  const sourceCode = context.sourceCode;
  for (const finding of findings) {
    const [start, end] = container.toSource(finding.start, finding.end);
    const seen = new Set<string>();
    const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
    for (const suggestion of finding.suggestions) {
      if (seen.has(suggestion.text)) continue;
      seen.add(suggestion.text);
      suggest.push({ messageId: 'replace', data: { actual: oneLine(finding.actual), text: oneLine(suggestion.text) }, fix: replace(container, suggestion) });
    }
    context.report({
      messageId: 'banned',
      loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) },
      data: { ruleId: finding.ruleId, message: oneLine(finding.message), actual: oneLine(finding.actual), expected: oneLine(expectedNote(finding)) },
      suggest,
      fix: finding.fix ? replace(container, finding.fix) : null,
    });
  }
}
