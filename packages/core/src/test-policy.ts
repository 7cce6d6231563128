/** testPolicy: a policy's `examples` are its tests. Every `bad` example must be flagged by its rule, no `good` one. */
import { compilePolicy } from './compile.js';
import { checkText } from './match.js';
import type { Policy } from './types.js';

export interface ExampleFailure {
  ruleId: string;
  kind: 'bad' | 'good';
  example: string;
  /** What went wrong, in one sentence. */
  problem: string;
}

export interface PolicyTestResult {
  /** How many examples ran. */
  checked: number;
  failures: ExampleFailure[];
}

export function testPolicy(policy: Policy): PolicyTestResult {
  const compiled = compilePolicy(policy);
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const [ruleId, rule] of Object.entries(policy.rules)) {
    if (rule.severity === 'off') continue;
    for (const example of rule.examples?.bad ?? []) {
      checked++;
      if (!checkText(example, compiled).some((finding) => finding.ruleId === ruleId)) {
        failures.push({ ruleId, kind: 'bad', example, problem: `bad example is not flagged by ${ruleId}` });
      }
    }
    for (const example of rule.examples?.good ?? []) {
      checked++;
      const hit = checkText(example, compiled).find((finding) => finding.ruleId === ruleId);
      if (hit) failures.push({ ruleId, kind: 'good', example, problem: `good example is flagged by ${ruleId} at “${hit.actual}”` });
    }
  }
  return { checked, failures };
}
