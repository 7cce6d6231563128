// Writes every preset (presets/*.yaml) as dist/presets/*.json, read at run time without a YAML parser, and the
// precompiled schema validator (the root build runs this script only).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { writeSchemaValidator } from './build-schema-validator.js';

const source = new URL('../presets/', import.meta.url);
const target = new URL('../dist/presets/', import.meta.url);
mkdirSync(target, { recursive: true });
for (const name of readdirSync(source).filter((file) => file.endsWith('.yaml'))) {
  const policy = parse(readFileSync(new URL(name, source), 'utf8'));
  writeFileSync(new URL(name.replace(/\.yaml$/, '.json'), target), `${JSON.stringify(policy)}\n`);
}
writeSchemaValidator();
