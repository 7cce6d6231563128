/**
 * Which policy a file is checked against: the `policy`, `config` or `preset` option when given, else the
 * config discovered from the file's folder upward, else `redline:recommended`. Every policy is compiled once
 * per plugin instance (per config file when discovered).
 */
import { resolve } from 'node:path';
import { compilePolicy, loadPolicy, PolicyResolver, presetPolicy, type CompiledPolicy, type Policy } from '@redline/core';
import type { VFile } from 'vfile';

export interface RedlineOptions {
  /** A resolved policy (from `loadPolicy`/`presetPolicy`) or an already compiled one (from `compilePolicy`). */
  policy?: Policy | CompiledPolicy;
  /**
   * Path of a policy file (YAML or JSON; `.js`/`.mjs` too, since naming it here opts in to running it),
   * resolved against the current working folder.
   */
  config?: string;
  /** A built-in preset: `redline:recommended` (or `recommended`). */
  preset?: string;
}

/** Gives the compiled policy for a file: synchronously, except for a JavaScript config (loaded once, async). */
export type PolicyForFile = (file: VFile) => CompiledPolicy | Promise<CompiledPolicy>;

const JS_CONFIG = /\.(mjs|cjs|js)$/;

function isCompiled(policy: Policy | CompiledPolicy): policy is CompiledPolicy {
  return 'scanner' in policy && 'sequences' in policy;
}

/** Build the per-file policy lookup for one plugin instance. Throws a TypeError on conflicting options. */
export function policyForFile(options: RedlineOptions | null | undefined): PolicyForFile {
  const { policy, config, preset } = options ?? {};
  const given = [policy, config, preset].filter((value) => value !== undefined).length;
  if (given > 1) throw new TypeError('redline: pass only one of the options `policy`, `config` and `preset`');
  if (policy !== undefined) return once(() => (isCompiled(policy) ? policy : compilePolicy(policy)));
  if (config !== undefined) {
    const file = resolve(config);
    if (JS_CONFIG.test(file)) {
      let pending: Promise<CompiledPolicy> | undefined;
      return () => (pending ??= loadPolicy(file, { allowJs: true }).then(compilePolicy));
    }
    const resolver = new PolicyResolver();
    return () => resolver.forConfig(file).compiled;
  }
  if (preset !== undefined) return once(() => compilePolicy(presetPolicy(preset)));
  const resolver = new PolicyResolver();
  return (file) => (file.path ? resolver.forFile(resolve(file.cwd, file.path)).compiled : resolver.forDefault().compiled);
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
