/** The built-in presets, named `redline:<name>` in `extends`. They ship as YAML next to the compiled code. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PolicyError } from './errors.js';
import type { PolicyConfig } from './types.js';

export const PRESET_PREFIX = 'redline:';
export const PRESET_NAMES = ['recommended'] as const;
export const DEFAULT_PRESET = `${PRESET_PREFIX}recommended`;

const cache = new Map<string, PolicyConfig>();

/** Path of a preset's YAML file. */
export function presetPath(name: string): string {
  return fileURLToPath(new URL(`../presets/${name}.yaml`, import.meta.url));
}

/** The raw configuration of a built-in preset (`recommended` or `redline:recommended`). */
export function presetConfig(name: string, path: (string | number)[] = ['extends']): PolicyConfig {
  const bare = name.startsWith(PRESET_PREFIX) ? name.slice(PRESET_PREFIX.length) : name;
  if (!(PRESET_NAMES as readonly string[]).includes(bare)) {
    throw new PolicyError(`unknown preset "${name}" (built-in presets: ${PRESET_NAMES.map((n) => PRESET_PREFIX + n).join(', ')})`, path);
  }
  let config = cache.get(bare);
  if (!config) {
    config = parse(readFileSync(presetPath(bare), 'utf8')) as PolicyConfig;
    cache.set(bare, config);
  }
  return config;
}
