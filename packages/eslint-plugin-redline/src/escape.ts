/** Writing replacement text back into its container, so that a suggestion or fix produces the value it shows. */
import type { TextKind } from './decode.js';

const JSX_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };
const LINE_BREAKS: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * `text` escaped for a container of `kind`. `quote` is the string's or attribute's delimiter; `before` and `after`
 * are the source characters around the replaced range, so that no `${` or `*\/` forms across its edges.
 */
export function escapeFor(kind: TextKind, text: string, quote: string, before: string, after: string): string {
  switch (kind) {
    case 'string':
      return text.replace(/[\\\n\r\u2028\u2029'"]/g, (char) => LINE_BREAKS[char] ?? (char === '\\' || char === quote ? `\\${char}` : char));
    case 'template':
    case 'raw-template': {
      // In a String.raw template a backslash is itself; a backtick or "${" can only be written escaped (and then
      // shows its backslash too): policy wording has neither.
      let escaped = text.replace(kind === 'template' ? /\\|`|\$(?=\{)/g : /`|\$(?=\{)/g, (char) => `\\${char}`);
      if (escaped.endsWith('$') && after === '{') escaped = `${escaped.slice(0, -1)}\\$`;
      if (escaped.startsWith('{') && before === '$') escaped = `\\${escaped}`;
      return escaped;
    }
    case 'jsx-text':
      return text.replace(/[&<>{}]/g, (char) => JSX_TEXT[char] as string);
    case 'jsx-attribute':
      return text.replace(/[&"']/g, (char) => (char === '&' ? '&amp;' : char === quote ? (char === '"' ? '&quot;' : '&apos;') : char));
    case 'comment': {
      // `quote` is "*/" in a block comment, which must not end early; a line comment must not break.
      let escaped = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
      if (quote !== '*/') return escaped;
      escaped = escaped.replace(/\*\//g, '* /');
      if (escaped.startsWith('/') && before === '*') escaped = ` ${escaped}`;
      if (escaped.endsWith('*') && after === '/') escaped = `${escaped} `;
      return escaped;
    }
  }
}
