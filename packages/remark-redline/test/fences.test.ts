/** The closing-fence test against its first, plainer version. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closesFence, type Fence } from '../src/fences.js';

function referenceClosesFence(line: string, fence: Fence): boolean {
  const trimmed = line.trimEnd();
  let indent = 0;
  while (indent < trimmed.length && trimmed.charCodeAt(indent) === 32) indent++;
  if (indent > 3) return false;
  const run = trimmed.slice(indent);
  return run.length >= fence.length && [...run].every((ch) => ch === fence.char);
}

const fence = fc.record({ indent: fc.integer({ min: 0, max: 3 }), char: fc.constantFrom('`', '~'), length: fc.integer({ min: 3, max: 6 }) });
const line = fc.array(fc.constantFrom('`', '~', ' ', '\t', '\r', 'x', '\u00a0', '-'), { maxLength: 12 }).map((parts) => parts.join(''));

describe('closesFence', () => {
  it('answers as the reference does', () => {
    fc.assert(
      fc.property(fence, line, (open, sample) => {
        expect(closesFence(sample, open)).toBe(referenceClosesFence(sample, open));
      }),
      { numRuns: 5_000 },
    );
    const backticks = { indent: 0, char: '`', length: 3 };
    expect([closesFence('```', backticks), closesFence('   ````  \r', backticks), closesFence('    ```', backticks), closesFence('``` x', backticks), closesFence('~~~', backticks)]).toEqual([true, true, false, false, false]);
  });
});
