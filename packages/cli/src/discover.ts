/**
 * Turning the command line's paths and globs into a stream of files to check. Folders are walked lazily (one
 * folder's entries at a time), skipping node_modules, .git and whatever .gitignore/.redlineignore exclude.
 * Folders and globs yield only files with a checked extension; a file named on the command line is always checked
 * (unless an ignore file excludes it), so `redline notes.rst` does what it says.
 */
import type { Dirent } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { describeFsError, FileProblem } from './errors.js';
import { ALWAYS_SKIPPED, IgnoreTree } from './ignore-files.js';

/** A file to check, or a path that could not be looked at. */
export type Discovered = { file: string; problem?: undefined } | { file?: undefined; problem: FileProblem };

export interface DiscoverOptions {
  cwd: string;
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

export async function* discoverFiles(targets: string[], options: DiscoverOptions): AsyncGenerator<Discovered> {
  const seen = new Set<string>();
  const once = (file: string): boolean => {
    if (seen.has(file)) return false;
    seen.add(file);
    return true;
  };
  for (const target of targets) {
    const absolute = resolve(options.cwd, target);
    let stats;
    try {
      stats = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        if (await isGlob(target)) {
          let matched = 0;
          for await (const found of globFiles(target, options)) {
            matched++;
            if (found.problem || once(found.file)) yield found;
          }
          if (matched === 0) options.onMissing(target, 'no files match this pattern');
        } else options.onMissing(target, 'no such file or folder');
      } else yield { problem: new FileProblem(absolute, describeFsError(error)) };
      continue;
    }
    if (stats.isDirectory()) {
      if (await options.ignore.isIgnored(absolute, true)) continue;
      for await (const found of walk(absolute, options, new Set())) {
        if (found.problem || once(found.file)) yield found;
      }
    } else if (!(await options.ignore.isIgnored(absolute, false)) && once(absolute)) {
      yield { file: absolute };
    }
  }
}

async function isGlob(target: string): Promise<boolean> {
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(target);
}

async function* globFiles(pattern: string, options: DiscoverOptions): AsyncGenerator<Discovered> {
  const { glob } = await import('tinyglobby');
  const files = await glob(pattern, {
    cwd: options.cwd,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  files.sort();
  for (const file of files) {
    if (hasExtension(file, options.extensions) && !(await options.ignore.isIgnored(resolve(file), false))) yield { file: resolve(file) };
  }
}

function hasExtension(file: string, extensions: string[]): boolean {
  return extensions.includes(extname(file).toLowerCase());
}

/** Walk one folder; `ancestors` holds the real paths of the folders above, to stop at symlink loops. */
async function* walk(folder: string, options: DiscoverOptions, ancestors: Set<string>): AsyncGenerator<Discovered> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(folder);
    if (ancestors.has(real)) {
      yield { problem: new FileProblem(folder, 'symlink loop (links back to a folder above it)') };
      return;
    }
    entries = [];
    for await (const entry of await opendir(folder)) entries.push(entry);
  } catch (error) {
    yield { problem: new FileProblem(folder, describeFsError(error)) };
    return;
  }
  // Entries of one folder are sorted so that runs are reproducible; folders are never held in memory beyond that.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const below = new Set(ancestors).add(real);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A dangling link is not our business unless it looks like a file we would check.
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP' || hasExtension(path, options.extensions)) yield { problem: new FileProblem(path, code === 'ENOENT' ? 'broken symlink' : describeFsError(error)) };
        continue;
      }
    }
    if (isFolder) {
      if (ALWAYS_SKIPPED.has(entry.name) || (await options.ignore.isIgnored(path, true))) continue;
      yield* walk(path, options, below);
    } else if (isFile && hasExtension(path, options.extensions) && !(await options.ignore.isIgnored(path, false))) {
      yield { file: path };
    }
  }
}
