/** Validation against the JSON Schema that core ships (schema/redline.schema.json), with readable messages. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajvModule } from './lazy.js';

let validate: ValidateFunction | undefined;

/**
 * The schema's validator. The build saves the code ajv compiles from the schema (scripts/build-schema-validator.js),
 * so that a run loads it in a few milliseconds instead of loading ajv and compiling (~60 ms); without a build
 * (sources run directly), ajv compiles it here, with the same options.
 */
function validator(): ValidateFunction {
  if (validate) return validate;
  const built = fileURLToPath(new URL('./schema-validator.cjs', import.meta.url));
  if (existsSync(built)) {
    validate = createRequire(import.meta.url)(built) as ValidateFunction;
  } else {
    const { Ajv } = ajvModule();
    validate = new Ajv({ allErrors: false, strict: false }).compile(policySchema());
  }
  return validate;
}

export function schemaPath(): string {
  return fileURLToPath(new URL('../schema/redline.schema.json', import.meta.url));
}

/** The JSON Schema of policy files, as an object. */
export function policySchema(): object {
  return JSON.parse(readFileSync(schemaPath(), 'utf8')) as object;
}

export interface SchemaProblem {
  message: string;
  path: (string | number)[];
  /** A key that should not be there (its own position is more useful than its parent's). */
  key?: string;
}

function pathOf(error: ErrorObject): (string | number)[] {
  if (error.instancePath === '') return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(path: (string | number)[]): string {
  return path.length === 0 ? 'the policy' : `"${path.join('.')}"`;
}

function explain(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pathOf(error);
  const params = error.params as Record<string, unknown>;
  const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return { message: `unknown key "${key}" in ${describe(path)}`, path, key };
    }
    case 'enum':
      return { message: `${describe(path)} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')} (got ${JSON.stringify(value)})`, path };
    case 'type':
      return { message: `${describe(path)} must be ${params.type === 'array' ? 'a list' : params.type === 'object' ? 'a mapping' : `a ${String(params.type)}`} (got ${JSON.stringify(value)})`, path };
    case 'required':
      return { message: `${describe(path)} needs "${String(params.missingProperty)}"`, path };
    case 'minLength':
      return { message: `${describe(path)} must not be empty`, path };
    case 'propertyNames':
      return { message: `${describe(path)} has an invalid name "${String(params.propertyName)}"`, path: [...path, String(params.propertyName)] };
    default:
      return { message: `${describe(path)} ${error.message ?? 'is invalid'}`, path };
  }
}

/** Problems of a parsed policy against the schema, most specific first (empty when valid). */
export function schemaErrors(data: unknown): SchemaProblem[] {
  const check = validator();
  if (check(data)) return [];
  const errors = (check.errors ?? []).filter((error) => error.keyword !== 'if' && error.keyword !== 'anyOf');
  return (errors.length > 0 ? errors : (check.errors ?? [])).map((error) => explain(error, data));
}
