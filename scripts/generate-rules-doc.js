// Writes docs/rules.md from the built-in preset. Run with `npm run docs:rules` after changing the preset.
import { writeFileSync } from 'node:fs';
import { presetPolicy, renderRulesMarkdown } from '@redline/core';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, renderRulesMarkdown(presetPolicy(), 'Rules of redline:recommended'));
console.log(`wrote ${target.pathname}`);
