/** How files are named in reports: relative to the current folder, with "/" between folders on every system. */
import { basename, dirname, relative, sep } from 'node:path';

export function displayPath(cwd: string, file: string): string {
  const path = relative(cwd, file) || file;
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * `displayPath` for the many files of a run: `relative` (the costly part) is computed once per folder, not once per
 * file.
 */
export function folderCachedDisplayPath(cwd: string): (file: string) => string {
  const prefixes = new Map<string, string>();
  return (file) => {
    const name = basename(file);
    if (name === '' || file === cwd) return displayPath(cwd, file); // the file system root, or the current folder
    const folder = dirname(file);
    let prefix = prefixes.get(folder);
    if (prefix === undefined) {
      const fromCwd = relative(cwd, folder);
      prefix = fromCwd === '' ? '' : `${sep === '/' ? fromCwd : fromCwd.split(sep).join('/')}/`;
      prefixes.set(folder, prefix);
    }
    return prefix + name;
  };
}
