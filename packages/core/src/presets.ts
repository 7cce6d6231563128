/**
 * The built-in presets, named `redline:<name>` in `extends`. They are written in YAML (presets/*.yaml, the source
 * of truth) and the build also writes each as JSON into dist/presets, which is what is read at run time: JSON.parse
 * is fast and needs no YAML parser at start-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PolicyError } from './errors.js';
import { yamlModule } from './lazy.js';
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
    const built = fileURLToPath(new URL(`./presets/${bare}.json`, import.meta.url));
    config = existsSync(built)
      ? (JSON.parse(readFileSync(built, 'utf8')) as PolicyConfig)
      : (yamlModule().parse(readFileSync(presetPath(bare), 'utf8')) as PolicyConfig);
    cache.set(bare, config);
  }
  return config;
}
