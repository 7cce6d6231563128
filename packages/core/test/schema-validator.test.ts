/**
 * The build saves the schema's validator as code (dist/schema-validator.cjs, scripts/build-schema-validator.js) so
 * that a run does not load ajv and compile the schema. It must be the code ajv compiles from the schema as it is now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { schemaErrors, schemaPath } from '@redline/core';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const built = fileURLToPath(new URL('../dist/schema-validator.cjs', import.meta.url));

describe('the precompiled schema validator', () => {
  it('is what ajv compiles from the current schema, with the options of src/schema.ts', () => {
    const { Ajv } = require('ajv') as typeof import('ajv');
    const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: unknown, validate: unknown) => string }).default;
    const ajv = new Ajv({ allErrors: false, strict: false, code: { source: true } });
    const code = standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(schemaPath(), 'utf8')) as object));
    expect(existsSync(built)).toBe(true);
    expect(readFileSync(built, 'utf8')).toBe(`${code}\n`);
  });

  it('reports problems as ajv did at run time', () => {
    expect(schemaErrors({ rules: { a: { phrases: ['x'], severty: 'warn' } } })).toEqual([{ message: 'unknown key "severty" in "rules.a"', path: ['rules', 'a'], key: 'severty' }]);
    expect(schemaErrors({ rules: { a: { phrases: 'x' } } })[0]?.message).toBe('"rules.a.phrases" must be a list (got "x")');
    expect(schemaErrors({ rules: { a: { phrases: ['x'] } } })).toEqual([]);
  });
});
