/** `redline --print-config <file>`: the effective policy for a file, as JSON, with `extends` resolved. */
import { resolve } from 'node:path';
import type { PolicyChoice } from '../policies.js';

export function runPrintConfig(cwd: string, file: string, policies: PolicyChoice): string {
  const { policy } = policies.policyFor(resolve(cwd, file));
  return `${JSON.stringify(policy, null, 2)}\n`;
}
