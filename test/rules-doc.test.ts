import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetPolicy, renderRulesMarkdown } from '@redline/core';

describe('docs/rules.md', () => {
  it('is up to date with the preset (run `npm run docs:rules` to regenerate)', () => {
    const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRulesMarkdown(presetPolicy(), 'Rules of redline:recommended'));
  });
});
