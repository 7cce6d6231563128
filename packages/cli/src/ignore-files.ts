/**
 * `.gitignore` and `.redlineignore`, with git's semantics: each file applies to its own folder and below, deeper
 * files override shallower ones, and an ignored folder hides everything inside it. Files are read from the
 * repository root (the nearest folder holding `.git`), or from the current folder when not in a repository
 * (from the file system root for paths outside both).
 * The `ignore` library is loaded only once an ignore file is found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, parse, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';

export const IGNORE_FILE_NAMES = ['.gitignore', '.redlineignore'] as const;

/** Folders never entered, whatever the ignore files say. */
export const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

type Factory = () => Ignore;
let factory: Factory | undefined;

function loadFactory(): Factory {
  factory ??= createRequire(import.meta.url)('ignore') as Factory;
  return factory;
}

/** A folder, as the files inside it see it: the answer for all of them, or the ignore files to ask. */
interface FolderContext {
  /** The answer for every file in the folder, when the file's own name cannot change it. */
  verdict: boolean | undefined;
  /** The ignore files that apply, each with its depth below the root. */
  chain: { depth: number; rules: Ignore }[];
  /** The folder's path from the root, split. */
  parts: string[];
}

/**
 * Every question is answered synchronously: checking is CPU-bound on one thread, and awaiting the thread pool for
 * each `stat` left a run over thousands of small files idle a sixth of the time.
 */
export class IgnoreTree {
  private readonly roots = new Map<string, string | undefined>();
  private readonly verdicts = new Map<string, boolean>();
  private readonly chains = new Map<string, { depth: number; rules: Ignore }[]>();
  private readonly folders = new Map<string, FolderContext>();

  constructor(private readonly cwd: string) {}

  /** Whether an absolute path (a folder when `isFolder`) is ignored by an ignore file or always skipped. */
  isIgnored(path: string, isFolder: boolean): boolean {
    if (!isFolder) return this.isFileIgnored(path);
    // Only folders are asked about again (every file inside asks about its parents).
    let verdict = this.verdicts.get(path);
    if (verdict === undefined) {
      verdict = this.compute(path, true);
      this.verdicts.set(path, verdict);
    }
    return verdict;
  }

  /**
   * `compute(path, false)`, with everything that depends only on the file's folder worked out once per folder: a
   * walk asks about thousands of files in a few folders.
   */
  private isFileIgnored(path: string): boolean {
    const folder = dirname(path);
    let context = this.folders.get(folder);
    if (!context) {
      context = this.folderContext(folder);
      this.folders.set(folder, context);
    }
    if (context.verdict !== undefined) return context.verdict;
    const name = basename(path);
    let ignored = false;
    for (const { depth, rules } of context.chain) {
      const result = rules.test([...context.parts.slice(depth), name].join('/'));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** What `compute` needs to know of a file's folder. */
  private folderContext(folder: string): FolderContext {
    const root = this.rootOf(folder);
    const fromRoot = pathBelow(root, folder);
    if (fromRoot.startsWith('..')) return { verdict: false, chain: [], parts: [] };
    const parts = fromRoot === '' ? [] : fromRoot.split(sep);
    if (parts.some((part) => ALWAYS_SKIPPED.has(part))) return { verdict: true, chain: [], parts };
    if (folder !== root && this.isIgnored(folder, true)) return { verdict: true, chain: [], parts };
    const chain = this.rulesDownTo(folder, root);
    return { verdict: chain.length === 0 ? false : undefined, chain, parts };
  }

  private compute(path: string, isFolder: boolean): boolean {
    const root = this.rootOf(dirname(path));
    const fromRoot = pathBelow(root, path);
    if (fromRoot === '' || fromRoot.startsWith('..')) return false;
    const parts = fromRoot.split(sep);
    if (parts.some((part, index) => ALWAYS_SKIPPED.has(part) && (index < parts.length - 1 || isFolder))) return true;
    const parent = dirname(path);
    if (parent !== root && this.isIgnored(parent, true)) return true;
    // The deepest ignore file with an opinion wins.
    let ignored = false;
    for (const { depth, rules } of this.rulesDownTo(parent, root)) {
      const result = rules.test(parts.slice(depth).join('/') + (isFolder ? '/' : ''));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The ignore files from `root` down to `folder` (inside it), each with its depth below `root`; cached per folder. */
  private rulesDownTo(folder: string, root: string): { depth: number; rules: Ignore }[] {
    let chain = this.chains.get(folder);
    if (!chain) {
      const above = folder === root || dirname(folder) === folder ? [] : this.rulesDownTo(dirname(folder), root);
      const rules = readRules(folder);
      chain = rules ? [...above, { depth: folder === root ? 0 : relative(root, folder).split(sep).length, rules }] : above;
      this.chains.set(folder, chain);
    }
    return chain;
  }

  /** The folder ignore files are read from: the repository root, else the current folder, else the file system root. */
  private rootOf(folder: string): string {
    const repository = this.repositoryOf(folder);
    if (repository) return repository;
    return relative(this.cwd, folder).startsWith('..') ? parse(folder).root : this.cwd;
  }

  private repositoryOf(folder: string): string | undefined {
    if (this.roots.has(folder)) return this.roots.get(folder);
    let root: string | undefined;
    if (existsSync(join(folder, '.git'))) root = folder;
    else {
      const parent = dirname(folder);
      root = parent === folder ? undefined : this.repositoryOf(parent);
    }
    this.roots.set(folder, root);
    return root;
  }
}

/** `relative(root, path)` for absolute, normalised paths, without its cost when `path` is inside `root`. */
function pathBelow(root: string, path: string): string {
  if (path.startsWith(root)) {
    if (root.endsWith(sep)) return path.slice(root.length); // the file system root
    if (path.charAt(root.length) === sep) return path.slice(root.length + 1);
  }
  return relative(root, path);
}

function readRules(folder: string): Ignore | undefined {
  const texts: string[] = [];
  for (const name of IGNORE_FILE_NAMES) {
    const path = join(folder, name);
    // Most folders have no ignore file: asking first is much cheaper than a failed read's thrown error.
    if (!existsSync(path)) continue;
    try {
      texts.push(readFileSync(path, 'utf8'));
    } catch {
      // not readable (a folder, or gone since): not an ignore file
    }
  }
  if (texts.length === 0) return undefined;
  return loadFactory()().add(texts.join('\n'));
}
