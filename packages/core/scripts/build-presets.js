// Writes every preset (presets/*.yaml) as dist/presets/*.json, read at run time without a YAML parser.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const source = new URL('../presets/', import.meta.url);
const target = new URL('../dist/presets/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const name of readdirSync(source).filter((file) => file.endsWith('.yaml'))) {
  const policy = parse(readFileSync(new URL(name, source), 'utf8'));
  writeFileSync(new URL(name.replace(/\.yaml$/, '.json'), target), `${JSON.stringify(policy)}\n`);
}
