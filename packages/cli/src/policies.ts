/**
 * Which policy checks a file: the one named by `--config` (a JavaScript config is allowed there, because the
 * user named it), else the built-in preset named by `--preset`, else the nearest config file (core's discovery,
 * one compiled policy per config file), else `redline:recommended`.
 */
import { relative, resolve } from 'node:path';
import {
  compileLoadedPolicy,
  compilePolicy,
  findConfigFile,
  loadPolicy,
  loadPolicySync,
  PolicyError,
  PolicyResolver,
  presetPolicy,
  type CompiledPolicy,
  type CompiledRule,
  type Policy,
} from '@redline/core';
import { UsageError } from './errors.js';

export interface PolicyChoiceOptions {
  cwd: string;
  config?: string;
  preset?: string;
}

export class PolicyChoice {
  private readonly resolver: PolicyResolver;
  /** Every rule seen in a policy used so far, by id (the first definition wins). */
  readonly rules = new Map<string, CompiledRule>();
  private readonly seen = new Set<CompiledPolicy>();

  private constructor(
    private readonly cwd: string,
    private readonly fixed: { policy: Policy; compiled: CompiledPolicy } | undefined,
  ) {
    this.resolver = new PolicyResolver();
  }

  static async create(options: PolicyChoiceOptions): Promise<PolicyChoice> {
    return withPolicyErrors(options.cwd, async () => {
      if (options.config !== undefined) {
        const policy = await loadNamedConfig(options.config, options.cwd);
        return new PolicyChoice(options.cwd, { policy, compiled: compileLoadedPolicy(policy) });
      }
      if (options.preset !== undefined) {
        const policy = presetPolicy(normalisePreset(options.preset));
        return new PolicyChoice(options.cwd, { policy, compiled: compilePolicy(policy) });
      }
      return new PolicyChoice(options.cwd, undefined);
    });
  }

  /** The compiled policy for a file (which need not exist: `--stdin-filename`). */
  compiledFor(file: string): CompiledPolicy {
    const compiled = this.fixed?.compiled ?? withPolicyErrorsSync(this.cwd, () => this.resolver.forFile(file).compiled);
    if (!this.seen.has(compiled)) {
      this.seen.add(compiled);
      for (const rule of compiled.rules) if (!this.rules.has(rule.id)) this.rules.set(rule.id, rule);
    }
    return compiled;
  }

  /** The resolved policy for a file, with the config file it comes from (for --print-config and explain). */
  policyFor(file: string): { policy: Policy; configFile: string | undefined } {
    if (this.fixed) return { policy: this.fixed.policy, configFile: undefined };
    return withPolicyErrorsSync(this.cwd, () => {
      const configFile = findConfigFile(file);
      return { policy: configFile ? loadPolicySync(configFile) : presetPolicy(), configFile };
    });
  }
}

/** Load a config file the user named (JavaScript allowed); a JavaScript config that throws becomes one line. */
export async function loadNamedConfig(file: string, cwd: string): Promise<Policy> {
  try {
    return await loadPolicy(resolve(cwd, file), { allowJs: true });
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    const detail = String((error as Error | undefined)?.message ?? error).split('\n')[0];
    throw new UsageError(`${file}: cannot load config: ${detail}`);
  }
}

function normalisePreset(name: string): string {
  return name.includes(':') ? name : `redline:${name}`;
}

/** A PolicyError as one line with the config file relative to the current folder. */
export function policyErrorLine(error: PolicyError, cwd: string): string {
  if (error.file === undefined) return error.detail;
  const where = [relative(cwd, error.file) || error.file, error.line, error.line !== undefined ? error.column : undefined].filter((part) => part !== undefined);
  return `${where.join(':')}: ${error.detail}`;
}

function rethrow(error: unknown, cwd: string): never {
  if (error instanceof PolicyError) throw new UsageError(policyErrorLine(error, cwd));
  throw error;
}

export async function withPolicyErrors<T>(cwd: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    rethrow(error, cwd);
  }
}

export function withPolicyErrorsSync<T>(cwd: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    rethrow(error, cwd);
  }
}
