/**
 * Which compiled policy applies to a linted file: the config file or preset named in the rule's options or in
 * `settings.redline`, else the nearest policy file (the CLI's discovery), else the built-in preset. Everything is
 * cached at module level, so each policy is compiled once per config file, not per file or node; an edited or
 * deleted config file is noticed (one `stat` per linted file), which keeps an editor's ESLint server current.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { compileLoadedPolicy, compilePolicy, PolicyError, PolicyResolver, presetPolicy, resolveConfig, schemaErrors, type CompiledPolicy, type PolicyConfig } from '@redline/core';

/** The keys accepted in rule options and in `settings.redline`. */
export interface RedlineOptions {
  /** A policy file (YAML, JSON, or a JavaScript module, which runs only because it is named here). */
  config?: string;
  /** A built-in preset, e.g. `redline:recommended`; used instead of discovery. */
  preset?: string;
  /** Also check comments (default false). */
  comments?: boolean;
}

const JS_CONFIG = /\.(mjs|cjs|js)$/;
const requireModule = createRequire(import.meta.url);

let resolver = new PolicyResolver();
/** Modification time of each config file when it was compiled. */
const stamps = new Map<string, number>();
const presets = new Map<string, CompiledPolicy>();
const jsConfigs = new Map<string, CompiledPolicy>();

function modified(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Run `lookup` on the shared resolver; if the config file it used changed since it was compiled, start afresh. */
function current(lookup: (from: PolicyResolver) => { configFile: string | undefined; compiled: CompiledPolicy }): CompiledPolicy {
  let entry = lookup(resolver);
  if (entry.configFile === undefined) return entry.compiled;
  const stamp = modified(entry.configFile);
  const known = stamps.get(entry.configFile);
  if (known !== undefined && known !== stamp) {
    resolver = new PolicyResolver();
    stamps.clear();
    entry = lookup(resolver);
  }
  if (entry.configFile !== undefined) stamps.set(entry.configFile, modified(entry.configFile) ?? Number.NaN);
  return entry.compiled;
}

/** A JavaScript policy module, loaded synchronously (rules cannot wait) and validated like any policy file. */
function jsPolicy(file: string): CompiledPolicy {
  let compiled = jsConfigs.get(file);
  if (compiled) return compiled;
  let loaded: unknown;
  try {
    loaded = requireModule(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND' ? 'no such file' : String((error as Error).message).split('\n')[0];
    throw new PolicyError(`cannot load policy: ${why}`, [], { file });
  }
  const config = loaded !== null && typeof loaded === 'object' && 'default' in loaded ? (loaded as { default: unknown }).default : loaded;
  if (config === null || typeof config !== 'object') throw new PolicyError('a JavaScript config must export the policy as its default export', [], { file });
  const problem = schemaErrors(config)[0];
  if (problem) throw new PolicyError(problem.message, problem.path, { file });
  compiled = compileLoadedPolicy(resolveConfig(config as PolicyConfig, file));
  jsConfigs.set(file, compiled);
  return compiled;
}

function presetCompiled(name: string): CompiledPolicy {
  let compiled = presets.get(name);
  if (!compiled) {
    compiled = compilePolicy(presetPolicy(name));
    presets.set(name, compiled);
  }
  return compiled;
}

/**
 * The compiled policy for `file`. `options` (the rule's) take precedence over `settings` (`settings.redline`) when
 * they name a config or a preset. Relative config paths are resolved from `cwd`. Throws PolicyError.
 */
export function policyFor(file: string, cwd: string, options: RedlineOptions, settings: RedlineOptions): CompiledPolicy {
  const chosen = options.config !== undefined || options.preset !== undefined ? options : settings;
  if (chosen.config !== undefined) {
    const config = resolve(cwd, chosen.config);
    return JS_CONFIG.test(config) ? jsPolicy(config) : current((from) => from.forConfig(config));
  }
  if (chosen.preset !== undefined) return presetCompiled(chosen.preset);
  return current((from) => from.forFile(resolve(cwd, file)));
}

/** The `settings.redline` object of a lint run, if it is one. */
export function redlineSettings(settings: Record<string, unknown>): RedlineOptions {
  const value = settings['redline'];
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object') throw new PolicyError('settings.redline must be an object');
  const { config, preset, comments } = value as Record<string, unknown>;
  for (const [key, item, type] of [['config', config, 'string'], ['preset', preset, 'string'], ['comments', comments, 'boolean']] as const) {
    if (item !== undefined && typeof item !== type) throw new PolicyError(`settings.redline.${key} must be a ${type}`);
  }
  return value as RedlineOptions;
}
