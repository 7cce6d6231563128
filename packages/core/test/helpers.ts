import { compilePolicy, mergePolicy, emptyPolicy, type CompiledPolicy, type PolicyConfig } from '@redline/core';

/** Compile a small inline policy (no extends) for focused matcher tests. */
export function policyOf(config: PolicyConfig): CompiledPolicy {
  return compilePolicy(mergePolicy(emptyPolicy(), config));
}

export const OPENAI = { openai: ['OpenAI', 'Open AI', 'ChatGPT', 'GPT-*', 'DALL·E'] };
