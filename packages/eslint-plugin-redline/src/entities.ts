/**
 * The HTML 4 named entities JSX knows ("&nbsp;", "&mdash;"), loaded on the first named entity met: most source files
 * have none, and the table costs ~5 ms to load in every ESLint process.
 */
import { createRequire } from 'node:module';

let table: Record<string, string> | undefined;

/** The character a named entity stands for, or undefined when the name is not one. */
export function htmlEntity(name: string): string | undefined {
  table ??= (createRequire(import.meta.url)('character-entities-html4') as typeof import('character-entities-html4')).characterEntitiesHtml4;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
