// Writes dist/schema-validator.cjs: the policy schema's validator as ajv compiles it, saved as code. Loading it
// costs a few milliseconds; loading ajv and compiling the schema at run time cost ~60 ms of every start-up.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The validator's code, compiled with the same ajv options as src/schema.ts. */
export function schemaValidatorCode() {
  const { Ajv } = require('ajv');
  const standaloneCode = require('ajv/dist/standalone').default;
  const schema = JSON.parse(readFileSync(new URL('../schema/redline.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ allErrors: false, strict: false, code: { source: true } });
  return `${standaloneCode(ajv, ajv.compile(schema))}\n`;
}

export function writeSchemaValidator() {
  writeFileSync(new URL('../dist/schema-validator.cjs', import.meta.url), schemaValidatorCode());
}
