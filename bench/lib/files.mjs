// File lists: walk a folder for Markdown, and read or write the list files that the child tasks take.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name ends with one of `extensions`, sorted, so each run sees the same order. */
export function walk(dir, extensions = ['.md']) {
  const found = [];
  const visit = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(path);
      } else if (extensions.some((ext) => entry.name.endsWith(ext))) {
        found.push(path);
      }
    }
  };
  visit(dir);
  return found.sort();
}

/** Task arguments are paths: a `*.list` file holds one path a line, a folder is walked, anything else is a file. */
export function expandInputs(inputs, extensions = ['.md']) {
  return inputs.flatMap((input) => {
    if (input.endsWith('.list')) return readFileSync(input, 'utf8').split('\n').filter(Boolean);
    return statSync(input).isDirectory() ? walk(input, extensions) : [input];
  });
}

export function writeList(path, files) {
  writeFileSync(path, files.join('\n') + '\n');
  return path;
}

export function totalBytes(files) {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}
