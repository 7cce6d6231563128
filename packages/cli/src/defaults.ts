/** Defaults and names shared by the option parser and the commands (no dependencies, so `--help` stays cheap). */
import { readFileSync } from 'node:fs';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const DEFAULT_EXTENSIONS = ['.md', '.mdx', '.markdown', '.txt'];


export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
