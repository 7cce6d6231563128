/**
 * Policy files: finding them (from a linted file's folder upward), reading YAML or JSON with positions,
 * validating against the shipped JSON Schema, and resolving `extends`. Every problem becomes one PolicyError
 * whose message is `file:line:column: what is wrong`.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document, LineCounter } from 'yaml';
import { plainYamlModule, uniqueJsonModule, yamlModule } from './lazy.js';
import { compilePolicy, type CompiledPolicy } from './compile.js';
import { PolicyError } from './errors.js';
import { emptyPolicy, mergePolicy } from './policy.js';
import { DEFAULT_PRESET, PRESET_PREFIX, presetConfig } from './presets.js';
import { schemaErrors } from './schema.js';
import type { Policy, PolicyConfig } from './types.js';

/** File names searched in every folder, in this order. JavaScript configs are never discovered, only named. */
export const CONFIG_FILE_NAMES = [
  'redline.config.yaml',
  'redline.config.yml',
  'redline.config.json',
  '.redlinerc.yaml',
  '.redlinerc.yml',
  '.redlinerc.json',
  '.redlinerc',
] as const;

const JS_CONFIG = /\.(mjs|cjs|js)$/;

interface ParsedFile {
  config: PolicyConfig;
  locate: (error: PolicyError) => PolicyError;
}

function positionOf(doc: Document.Parsed, counter: LineCounter, path: (string | number)[], key?: string): { line: number; column: number } | undefined {
  // Walk as deep as the path exists; a key that is missing points at its parent.
  let offset: number | undefined;
  for (let depth = path.length; depth >= 0 && offset === undefined; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (depth === path.length && key !== undefined && yamlModule().isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      offset = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    }
    offset ??= node?.range?.[0];
    if (depth === 0 && offset === undefined) offset = 0;
  }
  if (offset === undefined) return undefined;
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Offset of the first key that repeats a key of the same mapping, anywhere in `node`, or undefined. */
function firstDuplicateKey(node: unknown): number | undefined {
  const { isMap, isSeq, isScalar } = yamlModule();
  if (isSeq(node)) {
    for (const item of node.items) {
      const found = firstDuplicateKey(item);
      if (found !== undefined) return found;
    }
  } else if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (seen.has(key)) return (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
      seen.add(key);
      const found = firstDuplicateKey(pair.value);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

interface PositionedDocument {
  doc: Document.Parsed;
  counter: LineCounter;
}

/** yaml's Document of a policy text, which knows where every node is. */
function positionedDocument(text: string): PositionedDocument {
  const { LineCounter, parseDocument } = yamlModule();
  const counter = new LineCounter();
  // yaml's own duplicate-key check compares every key with every other (quadratic in a policy of 3,000 rules), so
  // duplicates are found here instead, with a set per mapping.
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  return { doc, counter };
}

/** A `locate` that points errors of `config` at their place in the text (building the Document on first use). */
function locator(text: string, file: string, known?: PositionedDocument): ParsedFile['locate'] {
  let positioned = known;
  return (error) => {
    if (error.line !== undefined) return error;
    positioned ??= positionedDocument(text);
    const pos = positionOf(positioned.doc, positioned.counter, error.path);
    return error.locate({ file, ...pos });
  };
}

/**
 * The config of a valid policy text, read without positions: JSON.parse, or the plain-YAML reader. Undefined when
 * either cannot be sure to read it as yaml does, or when the schema finds a problem: the Document reads it then.
 */
function quickConfig(text: string): PolicyConfig | undefined {
  const quick = text.trimStart().startsWith('{') ? uniqueJsonModule().parseUniqueJson(text) : plainYamlModule().readPlainYaml(text);
  if (!quick) return undefined;
  const config = (quick.value ?? {}) as PolicyConfig;
  return schemaErrors(config).length === 0 ? config : undefined;
}

/**
 * Parse a policy file's text (YAML, or JSON, which YAML reads with exact positions) and validate it. A valid text
 * is read quickly; anything wrong is read again with yaml's Document, whose positions every message carries.
 */
export function parsePolicyText(text: string, file: string): ParsedFile {
  const config = quickConfig(text);
  if (config) return { config, locate: locator(text, file) };
  const positioned = positionedDocument(text);
  const { doc, counter } = positioned;
  const first = doc.errors[0];
  const duplicate = first ? undefined : firstDuplicateKey(doc.contents);
  if (first || duplicate !== undefined) {
    const linePos = counter.linePos(first ? first.pos[0] : (duplicate as number));
    const pos = { line: linePos.line, column: linePos.col };
    const detail = first ? (first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? first.message) : 'duplicate key (each rule id and setting may appear once)';
    throw new PolicyError(`invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${detail}`, [], { file, ...pos });
  }
  const slowConfig = (doc.toJS() ?? {}) as PolicyConfig;
  const problem = schemaErrors(slowConfig)[0];
  if (problem) {
    const pos = positionOf(doc, counter, problem.path, problem.key);
    throw new PolicyError(problem.message, problem.path, { file, ...pos });
  }
  return { config: slowConfig, locate: locator(text, file, positioned) };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String((error as Error).message);
    throw new PolicyError(`cannot read policy: ${why}`, [], { file });
  }
}

async function readJsConfig(file: string): Promise<PolicyConfig> {
  const module = (await import(pathToFileURL(file).href)) as { default?: PolicyConfig };
  if (!module.default || typeof module.default !== 'object') throw new PolicyError('a JavaScript config must export the policy as its default export', [], { file });
  const problem = schemaErrors(module.default)[0];
  if (problem) throw new PolicyError(problem.message, problem.path, { file });
  return module.default;
}

/** Policies compiled to validate them while loading, by identity. */
const compiledWhileLoading = new WeakMap<Policy, CompiledPolicy>();

/**
 * `compilePolicy` for a policy just returned by `loadPolicy`, `loadPolicySync` or `resolveConfig`, which compile it
 * while loading (to report a bad phrase with its file): that result is returned instead of compiling it again
 * (~30 ms for 3,000 rules). Any other policy is compiled. Change a loaded policy only after this, or compile a copy.
 */
export function compileLoadedPolicy(policy: Policy): CompiledPolicy {
  return compiledWhileLoading.get(policy) ?? compilePolicy(policy);
}

export interface LoadOptions {
  /** Load a `.js`/`.mjs` config. Only ever set when the user named that file themselves (CLI `--config`, rule option). */
  allowJs?: boolean;
}

/** Read, validate and resolve a policy file (its `extends` included). */
export async function loadPolicy(file: string, options: LoadOptions = {}): Promise<Policy> {
  const absolute = resolve(file);
  if (JS_CONFIG.test(absolute)) {
    if (!options.allowJs) throw new PolicyError('JavaScript configs run code, so they are loaded only when named explicitly', [], { file });
    return resolveConfig(await readJsConfig(absolute), absolute, [absolute], undefined);
  }
  return loadPolicySync(absolute);
}

/** Read, validate and resolve a YAML or JSON policy file. */
export function loadPolicySync(file: string): Policy {
  const absolute = resolve(file);
  if (JS_CONFIG.test(absolute)) throw new PolicyError('JavaScript configs can only be loaded with loadPolicy(file, { allowJs: true })', [], { file });
  return loadResolved(absolute, []);
}

function loadResolved(file: string, chain: string[]): Policy {
  if (chain.includes(file)) {
    throw new PolicyError(`"extends" cycle: ${[...chain, file].join(' → ')}`, ['extends'], { file: chain.at(-1) ?? file });
  }
  const parsed = parsePolicyText(readText(file), file);
  return resolveConfig(parsed.config, file, [...chain, file], parsed.locate);
}

/** Merge a config over the policies it extends, without compiling it. */
function mergeExtended(config: PolicyConfig, file: string | undefined, chain: string[]): Policy {
  let policy = emptyPolicy();
  const list = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  list.forEach((entry, index) => {
    const path = Array.isArray(config.extends) ? ['extends', index] : ['extends'];
    // A built-in preset always compiles (its tests say so), so as a base it is only merged: the policy that
    // extends it is compiled anyway.
    const base = entry.startsWith(PRESET_PREFIX) ? mergeExtended(presetConfig(entry, path), undefined, []) : resolveExtendsPath(entry, file, chain, path);
    policy = mergeResolved(policy, base);
  });
  return mergePolicy(policy, config);
}

/** Resolve `extends` of a config whose file is `file` (or a folder for relative paths when there is no file). */
export function resolveConfig(config: PolicyConfig, file: string | undefined, chain: string[] = [], locate?: (error: PolicyError) => PolicyError): Policy {
  try {
    const merged = mergeExtended(config, file, chain);
    // Surface phrase and entity errors here, where the file is known; PolicyResolver reuses the result.
    compiledWhileLoading.set(merged, compilePolicy(merged));
    return merged;
  } catch (error) {
    if (error instanceof PolicyError && locate) throw locate(error);
    if (error instanceof PolicyError && file && error.file === undefined) throw error.locate({ file });
    throw error;
  }
}

function resolveExtendsPath(entry: string, file: string | undefined, chain: string[], path: (string | number)[]): Policy {
  if (!entry.startsWith('.') && !isAbsolute(entry)) {
    throw new PolicyError(`cannot extend "${entry}": use a built-in preset ("${DEFAULT_PRESET}") or a relative path ("./base.yaml")`, path);
  }
  if (JS_CONFIG.test(entry)) throw new PolicyError(`cannot extend "${entry}": a policy may only extend YAML or JSON files`, path);
  const target = resolve(file ? dirname(file) : process.cwd(), entry);
  try {
    statSync(target);
  } catch {
    throw new PolicyError(`cannot extend "${entry}": no such file`, path);
  }
  return loadResolved(target, chain);
}

/** Merge an already resolved policy under another (used for `extends`). */
function mergeResolved(base: Policy, next: Policy): Policy {
  return mergePolicy(base, { entities: next.entities, allow: next.allow, rules: next.rules });
}

/** The built-in preset as a resolved policy. */
export function presetPolicy(name = DEFAULT_PRESET): Policy {
  return resolveConfig(presetConfig(name, []), undefined);
}

/** The nearest policy file for a file or folder, searching its folder and then every parent folder. */
export function findConfigFile(fileOrFolder: string): string | undefined {
  let folder = resolve(fileOrFolder);
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() !== true) folder = dirname(folder);
  for (;;) {
    const found = configFileIn(folder);
    if (found) return found;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * The policy file in `folder` itself, if any. `throwIfNoEntry: false` matters: a missing file is the common case
 * (seven names per folder, every folder up to the root), and a thrown error costs many times the `stat`.
 */
function configFileIn(folder: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(folder, name);
    try {
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // not readable as a file here (a permission problem on the way): not a policy file
    }
  }
  return undefined;
}

export interface PolicyForFile {
  /** The config file used, or undefined for the built-in default. */
  configFile: string | undefined;
  compiled: CompiledPolicy;
}

/**
 * Discovers and compiles policies, caching one compiled policy per config file (and per folder looked up), so an
 * adapter linting thousands of files compiles each policy once.
 */
export class PolicyResolver {
  private readonly byConfig = new Map<string, PolicyForFile>();
  private readonly byFolder = new Map<string, string | undefined>();
  private fallback: PolicyForFile | undefined;

  constructor(private readonly defaultPreset = DEFAULT_PRESET) {}

  forFile(file: string): PolicyForFile {
    const configFile = this.configFileFor(dirname(resolve(file)));
    return configFile ? this.forConfig(configFile) : this.forDefault();
  }

  /** `findConfigFile` for a folder, remembering the answer for it and for every folder above it looked at. */
  private configFileFor(folder: string): string | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const parent = dirname(folder);
    const configFile = configFileIn(folder) ?? (parent === folder ? undefined : this.configFileFor(parent));
    this.byFolder.set(folder, configFile);
    return configFile;
  }

  forConfig(configFile: string): PolicyForFile {
    const absolute = resolve(configFile);
    let entry = this.byConfig.get(absolute);
    if (!entry) {
      entry = { configFile: absolute, compiled: compileLoadedPolicy(loadPolicySync(absolute)) };
      this.byConfig.set(absolute, entry);
    }
    return entry;
  }

  forDefault(): PolicyForFile {
    this.fallback ??= { configFile: undefined, compiled: compileLoadedPolicy(presetPolicy(this.defaultPreset)) };
    return this.fallback;
  }
}
