/**
 * `.gitignore` and `.redlineignore`, with git's semantics: each file applies to its own folder and below, deeper
 * files override shallower ones, and an ignored folder hides everything inside it. Files are read from the
 * repository root (the nearest folder holding `.git`), or from the current folder when not in a repository
 * (from the file system root for paths outside both).
 * The `ignore` library is loaded only once an ignore file is found.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, parse, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';

export const IGNORE_FILE_NAMES = ['.gitignore', '.redlineignore'] as const;

/** Folders never entered, whatever the ignore files say. */
export const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

type Factory = () => Ignore;
let factory: Promise<Factory> | undefined;

function loadFactory(): Promise<Factory> {
  factory ??= import('ignore').then((module) => module.default as unknown as Factory);
  return factory;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export class IgnoreTree {
  /** Rules of one folder (undefined when it has no ignore file). */
  private readonly rules = new Map<string, Promise<Ignore | undefined>>();
  private readonly roots = new Map<string, Promise<string | undefined>>();
  private readonly verdicts = new Map<string, Promise<boolean>>();

  constructor(private readonly cwd: string) {}

  /** Whether an absolute path (a folder when `isFolder`) is ignored by an ignore file or always skipped. */
  isIgnored(path: string, isFolder: boolean): Promise<boolean> {
    const key = `${path}\0${isFolder}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) {
      verdict = this.compute(path, isFolder);
      // Only folders are asked about again (every file inside asks about its parents).
      if (isFolder) this.verdicts.set(key, verdict);
    }
    return verdict;
  }

  private async compute(path: string, isFolder: boolean): Promise<boolean> {
    const root = await this.rootOf(dirname(path));
    const fromRoot = relative(root, path);
    if (fromRoot === '' || fromRoot.startsWith('..')) return false;
    const parts = fromRoot.split(sep);
    if (parts.some((part, index) => ALWAYS_SKIPPED.has(part) && (index < parts.length - 1 || isFolder))) return true;
    const parent = dirname(path);
    if (parent !== root && (await this.isIgnored(parent, true))) return true;
    // Walk the folders from the root down to the parent; the deepest file with an opinion wins.
    let ignored = false;
    let folder = root;
    for (let depth = 0; depth < parts.length; depth++) {
      const rules = await this.rulesOf(folder);
      if (rules) {
        const local = parts.slice(depth).join('/') + (isFolder ? '/' : '');
        const result = rules.test(local);
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      folder = join(folder, parts[depth] as string);
    }
    return ignored;
  }

  /** The folder ignore files are read from: the repository root, else the current folder, else the file system root. */
  private async rootOf(folder: string): Promise<string> {
    const repository = await this.repositoryOf(folder);
    if (repository) return repository;
    return relative(this.cwd, folder).startsWith('..') ? parse(folder).root : this.cwd;
  }

  private repositoryOf(folder: string): Promise<string | undefined> {
    let root = this.roots.get(folder);
    if (!root) {
      root = (async () => {
        if (await exists(join(folder, '.git'))) return folder;
        const parent = dirname(folder);
        return parent === folder ? undefined : this.repositoryOf(parent);
      })();
      this.roots.set(folder, root);
    }
    return root;
  }

  private rulesOf(folder: string): Promise<Ignore | undefined> {
    let rules = this.rules.get(folder);
    if (!rules) {
      rules = this.readRules(folder);
      this.rules.set(folder, rules);
    }
    return rules;
  }

  private async readRules(folder: string): Promise<Ignore | undefined> {
    const texts: string[] = [];
    for (const name of IGNORE_FILE_NAMES) {
      try {
        texts.push(await readFile(join(folder, name), 'utf8'));
      } catch {
        // no such ignore file here
      }
    }
    if (texts.length === 0) return undefined;
    const create = await loadFactory();
    return create().add(texts.join('\n'));
  }
}
