/**
 * Turning the command line's paths and globs into a stream of files to check, in path order. Folders are walked
 * lazily (one folder's entries at a time), skipping node_modules, .git and whatever .gitignore/.redlineignore
 * exclude. Folders and globs yield only files with a checked extension; a file named on the command line is always
 * checked (unless an ignore file excludes it), so `redline notes.rst` does what it says.
 *
 * Synchronous on purpose: checking is CPU-bound on one thread, and awaiting libuv's thread pool for every `stat`
 * and folder read left a run over thousands of small files idle a sixth of its time.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { describeFsError, FileProblem } from './errors.js';
import { ALWAYS_SKIPPED, type IgnoreTree } from './ignore-files.js';

/** A file to check (with its size when discovery already asked for it), or a path that could not be looked at. */
export type Discovered = { file: string; size?: number; problem?: undefined } | { file?: undefined; problem: FileProblem };

export interface DiscoverOptions {
  cwd: string;
  /** How reports name a file (relative to `cwd`, "/"-separated): arguments are sorted by it. */
  displayPath: (file: string) => string;
  extensions: string[];
  ignore: IgnoreTree;
  /** Called for a command-line argument that names nothing (no file, folder or glob match). */
  onMissing: (argument: string, detail: string) => void;
}

/** Normalise `--ext md,.TXT` to `['.md', '.txt']`. */
export function parseExtensions(list: string): string[] {
  const extensions = list
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .map((item) => (item.startsWith('.') ? item : `.${item}`));
  return [...new Set(extensions)];
}

type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Tinyglobby | undefined;

/** The glob library, loaded only for an argument that names no file or folder. */
function globLibrary(): Tinyglobby {
  tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as Tinyglobby;
  return tinyglobby;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The sort key that makes a depth-first walk yield paths in plain string order: a folder sorts as its name plus
 * "/", so "docs/a.md" comes after "docs-old.md" as it does when whole paths are compared.
 */
function walkKey(name: string, isFolder: boolean): string {
  return isFolder ? `${name}/` : name;
}

type Target = { argument: string; absolute: string; key: string } & ({ isFolder: boolean; size: number } | { missing: NodeJS.ErrnoException });

/**
 * Every file to check, each once. Arguments are taken in path order (a folder as its path plus "/"), and each is
 * expanded in path order, so reports come out sorted without holding them back.
 */
export function* discoverFiles(targets: string[], options: DiscoverOptions): Generator<Discovered> {
  // Only several arguments can name one file twice; a single folder walk never does, and needs no set of every path.
  const seen = targets.length > 1 ? new Set<string>() : undefined;
  const once = (file: string): boolean => {
    if (!seen) return true;
    if (seen.has(file)) return false;
    seen.add(file);
    return true;
  };
  const resolved = targets.map((argument): Target => {
    const absolute = resolve(options.cwd, argument);
    const shown = absolute === options.cwd ? '' : options.displayPath(absolute);
    try {
      const stats = statSync(absolute);
      const isFolder = stats.isDirectory();
      return { argument, absolute, key: walkKey(shown, isFolder), isFolder, size: stats.size };
    } catch (error) {
      return { argument, absolute, key: shown, missing: error as NodeJS.ErrnoException };
    }
  });
  resolved.sort((a, b) => compare(a.key, b.key));
  for (const target of resolved) {
    if ('missing' in target) {
      const code = target.missing.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        if (globLibrary().isDynamicPattern(target.argument)) {
          let matched = 0;
          for (const found of globFiles(target.argument, options)) {
            matched++;
            if (found.problem || once(found.file)) yield found;
          }
          if (matched === 0) options.onMissing(target.argument, 'no files match this pattern');
        } else options.onMissing(target.argument, 'no such file or folder');
      } else yield { problem: new FileProblem(target.absolute, describeFsError(target.missing)) };
    } else if (target.isFolder) {
      if (options.ignore.isIgnored(target.absolute, true)) continue;
      for (const found of walk(target.absolute, options, new Set())) {
        if (found.problem || once(found.file)) yield found;
      }
    } else if (!options.ignore.isIgnored(target.absolute, false) && once(target.absolute)) {
      yield { file: target.absolute, size: target.size };
    }
  }
}

function* globFiles(pattern: string, options: DiscoverOptions): Generator<Discovered> {
  const files = globLibrary().globSync(pattern, {
    cwd: options.cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  files.sort(compare);
  for (const file of files) {
    if (hasExtension(file, options.extensions) && !options.ignore.isIgnored(resolve(file), false)) yield { file: resolve(file) };
  }
}

function hasExtension(file: string, extensions: string[]): boolean {
  return extensions.includes(extname(file).toLowerCase());
}

interface Entry {
  name: string;
  path: string;
  isFolder: boolean;
  isFile: boolean;
}

/** Walk one folder; `ancestors` holds the real paths of the folders above, to stop at symlink loops. */
function* walk(folder: string, options: DiscoverOptions, ancestors: Set<string>): Generator<Discovered> {
  let real: string;
  let dirents: Dirent[];
  try {
    real = realpathSync(folder);
    if (ancestors.has(real)) {
      yield { problem: new FileProblem(folder, 'symlink loop (links back to a folder above it)') };
      return;
    }
    dirents = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    yield { problem: new FileProblem(folder, describeFsError(error)) };
    return;
  }
  const entries: Entry[] = [];
  for (const dirent of dirents) {
    const path = join(folder, dirent.name);
    let isFolder = dirent.isDirectory();
    let isFile = dirent.isFile();
    if (dirent.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A dangling link is not our business unless it looks like a file we would check.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP' || hasExtension(path, options.extensions)) yield { problem: new FileProblem(path, code === 'ENOENT' ? 'broken symlink' : describeFsError(error)) };
        continue;
      }
    }
    entries.push({ name: dirent.name, path, isFolder, isFile });
  }
  // Sorted so that runs are reproducible and reports come out in path order; only one folder is held at a time.
  entries.sort((a, b) => compare(walkKey(a.name, a.isFolder), walkKey(b.name, b.isFolder)));
  const below = new Set(ancestors).add(real);
  for (const entry of entries) {
    if (entry.isFolder) {
      if (ALWAYS_SKIPPED.has(entry.name) || options.ignore.isIgnored(entry.path, true)) continue;
      yield* walk(entry.path, options, below);
    } else if (entry.isFile && hasExtension(entry.path, options.extensions) && !options.ignore.isIgnored(entry.path, false)) {
      yield { file: entry.path };
    }
  }
}
