/**
 * Heavy dependencies loaded on first use. A pre-commit hook that checks one file with the built-in policy never
 * needs the YAML parser or the schema validator, and loading them is most of redline's start-up time. (parse-english
 * is an ES module; Node 20.19 and later can require() it.)
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function yamlModule(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}

export function ajvModule(): typeof import('ajv') {
  return require('ajv') as typeof import('ajv');
}

export function parseEnglishModule(): typeof import('parse-english') {
  return require('parse-english') as typeof import('parse-english');
}

/** The quick readers of valid policy files (plain YAML, JSON): loaded only when a policy file is read. */
export function plainYamlModule(): typeof import('./plain-yaml.js') {
  return require('./plain-yaml.js') as typeof import('./plain-yaml.js');
}

export function uniqueJsonModule(): typeof import('./unique-json.js') {
  return require('./unique-json.js') as typeof import('./unique-json.js');
}
