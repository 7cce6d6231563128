/**
 * Which policy the rule applies: discovery (as the CLI), rule options, `settings.redline`, JavaScript configs only
 * when named, one compiled policy per config file, edits noticed, and clear one-line errors.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { policyFor } from '../src/policy.js';

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'redline-eslint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  file: string;
  options?: object;
  settings?: Record<string, unknown>;
  cwd?: string;
}

/** Lint `code` as `file` with only `redline/phrasing`; returns "line:column message" per problem. */
function lint(code: string, { file, options, settings, cwd = fixtures }: Run): string[] {
  const linter = new Linter({ configType: 'flat', cwd });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], plugins: { redline: plugin as never }, settings: settings ?? {}, rules: { 'redline/phrasing': options ? ['error', options] : 'error' } }],
    file,
  );
  return messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}

const HOUSE = 'const tagline = "A world class tool.";';

describe('policy discovery', () => {
  it('applies the nearest config file, as the CLI does', () => {
    expect(lint(HOUSE, { file: join(fixtures, 'custom', 'deep', 'copy.ts') })).toEqual(['1:20 [no-world-class] Avoid “world class”. Preferred: “proven”.']);
  });

  it('falls back to the built-in preset where no config file is found', () => {
    expect(lint('const a = "Acme calls on ChatGPT"; ' + HOUSE, { file: join(scratch, 'copy.ts'), cwd: scratch })).toEqual([
      '1:17 [no-invocation-claim] Do not say that the product calls or sends data to ChatGPT: “calls on ChatGPT”. Say “integrates with ChatGPT” or “is enabled by ChatGPT” instead.',
    ]);
  });

  it('compiles each config file once, for every file under it', () => {
    const a = policyFor(join(fixtures, 'custom', 'a.ts'), fixtures, {}, {});
    const b = policyFor(join(fixtures, 'custom', 'deep', 'b.ts'), fixtures, {}, {});
    expect(a).toBe(b);
    expect(a.rules.map((rule) => rule.id)).toContain('no-world-class');
  });

  it('never runs a JavaScript config it finds', () => {
    // fixtures/js/redline.config.mjs throws if it ever runs; discovery only reads YAML and JSON names.
    expect(lint('const a = "Acme integrates with ChatGPT";', { file: join(fixtures, 'js', 'copy.ts') })).toEqual([]);
  });

  it('notices an edited config file', () => {
    const folder = mkdtempSync(join(scratch, 'edit-'));
    const config = join(folder, 'redline.config.yaml');
    writeFileSync(config, 'rules:\n  no-foo:\n    phrases: [foo bar]\n    message: No foo.\n');
    const file = join(folder, 'copy.ts');
    expect(lint('const a = "foo bar baz qux";', { file, cwd: folder })).toEqual(['1:12 [no-foo] No foo.']);
    writeFileSync(config, 'rules:\n  no-baz:\n    phrases: [baz qux]\n    message: No baz.\n');
    const later = new Date(Date.now() + 10_000);
    utimesSync(config, later, later);
    expect(lint('const a = "foo bar baz qux";', { file, cwd: folder })).toEqual(['1:20 [no-baz] No baz.']);
  });
});

describe('options and settings', () => {
  const file = join(fixtures, 'custom', 'copy.ts');
  const synergy = '1:12 [no-synergy] Say what it does instead of “Synergy”. Preferred: “Teamwork”.';

  it('uses the preset named in the options instead of discovery', () => {
    expect(lint(HOUSE, { file, options: { preset: 'redline:recommended' } })).toEqual([]);
  });

  it('uses the config named in settings.redline, relative to the working directory', () => {
    expect(lint('const a = "Synergy!";', { file, settings: { redline: { config: 'js/policy.mjs' } } })).toEqual([synergy]);
  });

  it('loads a JavaScript config named in the options', () => {
    expect(lint('const a = "Synergy!";', { file, options: { config: join(fixtures, 'js', 'policy.mjs') } })).toEqual([synergy]);
  });

  it('prefers the options to settings.redline', () => {
    expect(lint(HOUSE, { file, options: { preset: 'redline:recommended' }, settings: { redline: { config: 'custom/redline.config.yaml' } } })).toEqual([]);
  });
});

describe('policy errors', () => {
  const file = join(fixtures, 'custom', 'copy.ts');

  it('reports a missing config file once, at the top of the file', () => {
    expect(lint(HOUSE, { file, options: { config: 'missing.yaml' } })).toEqual([`1:1 redline: ${join(fixtures, 'missing.yaml')}: cannot read policy: no such file`]);
  });

  it('reports an invalid config file with its line and column', () => {
    const [message] = lint(HOUSE, { file, options: { config: 'broken/redline.config.yaml' } });
    expect(message).toMatch(new RegExp(`^1:1 redline: ${join(fixtures, 'broken', 'redline.config.yaml').replaceAll('/', '\\/')}:\\d+:\\d+: invalid YAML: `));
  });

  it('reports an unknown preset', () => {
    expect(lint(HOUSE, { file, options: { preset: 'redline:nope' } })).toEqual(['1:1 redline: unknown preset "redline:nope" (built-in presets: redline:recommended)']);
  });

  it('reports a setting of the wrong type', () => {
    expect(lint(HOUSE, { file, settings: { redline: { config: 3 } } })).toEqual(['1:1 redline: settings.redline.config must be a string']);
  });

  it('rejects unknown rule options through the schema', () => {
    expect(() => lint(HOUSE, { file, options: { conifg: 'x.yaml' } })).toThrow(/should NOT have additional properties/);
  });
});
