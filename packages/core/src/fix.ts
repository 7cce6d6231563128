/** Applying replacements to a text: in order, skipping any that overlaps one already taken (as ESLint does). */
import type { Replacement } from './types.js';

export interface AppliedFixes {
  output: string;
  applied: Replacement[];
  skipped: Replacement[];
}

export function applyReplacements(text: string, replacements: readonly Replacement[]): AppliedFixes {
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Replacement[] = [];
  const skipped: Replacement[] = [];
  let cursor = 0;
  let output = '';
  for (const replacement of sorted) {
    if (replacement.start < cursor || replacement.end < replacement.start || replacement.end > text.length) {
      skipped.push(replacement);
      continue;
    }
    output += text.slice(cursor, replacement.start) + replacement.text;
    cursor = replacement.end;
    applied.push(replacement);
  }
  return { output: output + text.slice(cursor), applied, skipped };
}
