import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, compilePolicy, loadPolicySync, testPolicy } from '@redline/core';

const docs = readFileSync(new URL('../../../docs/policy.md', import.meta.url), 'utf8');

describe('docs/policy.md', () => {
  it('its complete example loads, passes its own examples and does what the comments say', () => {
    const start = docs.indexOf('```yaml\nextends: redline:recommended') + '```yaml\n'.length;
    const yaml = docs.slice(start, docs.indexOf('```', start));
    const file = join(mkdtempSync(join(tmpdir(), 'redline-docs-')), 'redline.config.yaml');
    writeFileSync(file, yaml);
    const policy = loadPolicySync(file);
    expect(testPolicy(policy).failures).toEqual([]);
    const compiled = compilePolicy(policy);
    expect(checkText('Acme resells Whisper.', compiled).map((f) => f.ruleId)).toEqual(['no-resale-claim']);
    expect(checkText('Use the OpenAI API.', compiled)).toEqual([]);
    expect(checkText('It calls OpenAI.', compiled).map((f) => f.severity)).toEqual(['warn']);
    expect(checkText('Acme enables access to OpenAI.', compiled).map((f) => f.message)).toEqual([
      'Legal says no: “enables access to OpenAI”. Say “is powered by OpenAI” or “integrates with OpenAI”.',
    ]);
    expect(checkText('Models available through OpenAI.', compiled)).toEqual([]);
  });
});
