/** `redline test-policy [config]`: run every rule's examples; fail on a bad example not flagged or a good one flagged. */
import { relative } from 'node:path';
import { findConfigFile, loadPolicySync, presetPolicy, testPolicy, type Policy } from '@redline/core';
import { loadNamedConfig, withPolicyErrors } from '../policies.js';
import { plural } from '../report.js';

export interface TestPolicyOutcome {
  output: string;
  failed: boolean;
}

export async function runTestPolicy(cwd: string, config: string | undefined, preset: string | undefined): Promise<TestPolicyOutcome> {
  const { policy, name } = await withPolicyErrors(cwd, async (): Promise<{ policy: Policy; name: string }> => {
    if (config !== undefined) return { policy: await loadNamedConfig(config, cwd), name: config };
    if (preset !== undefined) {
      const full = preset.includes(':') ? preset : `redline:${preset}`;
      return { policy: presetPolicy(full), name: full };
    }
    const found = findConfigFile(cwd);
    return found ? { policy: loadPolicySync(found), name: relative(cwd, found) } : { policy: presetPolicy(), name: 'redline:recommended' };
  });
  const result = testPolicy(policy);
  let output = '';
  for (const failure of result.failures) {
    output += `✖ ${failure.ruleId}: ${failure.problem}\n    ${failure.kind}: “${failure.example}”\n`;
  }
  const rules = Object.values(policy.rules).filter((rule) => rule.severity !== 'off').length;
  const counted = `${plural(result.checked, 'example')} of ${plural(rules, 'rule')} in ${name}`;
  output += result.failures.length === 0 ? `✔ ${counted}: all behave as documented\n` : `\n✖ ${counted}: ${result.failures.length} misbehaved\n`;
  return { output, failed: result.failures.length > 0 };
}
