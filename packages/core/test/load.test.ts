import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, compileLoadedPolicy, compilePolicy, findConfigFile, loadPolicy, loadPolicySync, PolicyError, PolicyResolver, presetPolicy } from '@redline/core';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'redline-load-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function errorOf(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

describe('loading policy files', () => {
  it('reads YAML and extends the preset, overriding and adding', () => {
    const root = folder({
      'redline.config.yaml': [
        'extends: redline:recommended',
        'entities:',
        '  openai: [Whisper]',
        'rules:',
        '  no-api-framing: off',
        '  no-invocation-claim:',
        '    severity: warn',
        '    message: Custom {actual}',
        '  no-synergy:',
        '    phrases: [leverage synergy]',
        '',
      ].join('\n'),
    });
    const policy = loadPolicySync(join(root, 'redline.config.yaml'));
    expect(policy.entities.openai).toContain('Whisper');
    expect(policy.entities.openai).toContain('OpenAI');
    expect(policy.rules['no-api-framing']?.severity).toBe('off');
    expect(policy.rules['no-invocation-claim']?.severity).toBe('warn');
    expect(policy.rules['no-synergy']?.severity).toBe('error');
    const compiled = compilePolicy(policy);
    expect(checkText('Acme enables access to Whisper.', compiled).map((f) => f.ruleId)).toEqual(['no-access-claim']);
    expect(checkText('It calls OpenAI via the OpenAI API.', compiled).map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['no-invocation-claim', 'warn', 'Custom calls OpenAI'],
    ]);
    expect(checkText('We leveraged synergies.', compiled).map((f) => f.actual)).toEqual(['leveraged synergies']);
    // The compile done while loading is handed out, not repeated; other policies are compiled.
    const loaded = compileLoadedPolicy(policy);
    expect(compileLoadedPolicy(policy)).toBe(loaded);
    expect(loaded).not.toBe(compiled);
    expect(loaded.rules.map((rule) => [rule.id, rule.severity])).toEqual(compiled.rules.map((rule) => [rule.id, rule.severity]));
    expect(checkText('It calls OpenAI via the OpenAI API.', loaded)).toEqual(checkText('It calls OpenAI via the OpenAI API.', compiled));
    const copy = { ...presetPolicy() };
    expect(compileLoadedPolicy(copy)).not.toBe(compileLoadedPolicy(copy));
  });

  it('reads JSON with the same meaning, and relative extends (later wins)', () => {
    const root = folder({
      'base.yaml': 'rules:\n  a:\n    severity: warn\n    phrases: [alpha]\n',
      'sub/.redlinerc.json': JSON.stringify({ extends: ['../base.yaml'], rules: { a: 'error' } }),
    });
    const policy = loadPolicySync(join(root, 'sub/.redlinerc.json'));
    expect(policy.rules.a?.severity).toBe('error');
    expect(policy.rules.a?.phrases).toEqual(['alpha']);
  });

  it.each([
    ['malformed YAML', 'redline.config.yaml', 'rules:\n  a: [unclosed\n', 'invalid YAML'],
    ['malformed JSON', '.redlinerc.json', '{\n  "rules": {,\n}', 'invalid JSON'],
  ])('reports %s with file, line and column', (_, name, text, start) => {
    const root = folder({ [name]: text });
    const error = errorOf(() => loadPolicySync(join(root, name)));
    expect(error.message.startsWith(`${join(root, name)}:`)).toBe(true);
    expect(error.line).toBeTypeOf('number');
    expect(error.column).toBeTypeOf('number');
    expect(error.detail.startsWith(start)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it.each([
    ['an unknown key', 'rules:\n  a:\n    phrases: [x]\n    severty: warn\n', 4, 5, 'unknown key "severty" in "rules.a"'],
    ['a wrong type', 'rules:\n  a:\n    phrases: x\n', 3, 14, '"rules.a.phrases" must be a list (got "x")'],
    ['a bad severity', 'rules:\n  a:\n    severity: fatal\n    phrases: [x]\n', 3, 15, '"rules.a.severity" must be one of off, warn, error (got "fatal")'],
    ['an unknown preset', 'extends: redline:strict\n', 1, 10, 'unknown preset "redline:strict" (built-in presets: redline:recommended)'],
    ['a duplicate rule id', 'rules:\n  a:\n    phrases: [x]\n  a:\n    phrases: [y]\n', 4, 3, 'invalid YAML: duplicate key (each rule id and setting may appear once)'],
    ['an empty phrase', 'rules:\n  a:\n    phrases: ["()"]\n', 3, 15, 'phrase "()": an alternative in "( | )" is empty'],
    ['a phrase that is only a gap', 'rules:\n  a:\n    phrases: ["[0-3]"]\n', 3, 15, 'phrase "[0-3]": a phrase needs at least one word'],
    ['a phrase that starts with a gap', 'rules:\n  a:\n    phrases: ["[2] access"]\n', 3, 15, 'phrase "[2] access": a phrase cannot start or end with a gap'],
    ['an unknown entity group', 'rules:\n  a:\n    about: acme\n    phrases: [x]\n', 3, 12, 'rule "a": unknown entity group "acme" in "about"'],
    ['a severity for an undefined rule', 'rules:\n  nope: off\n', 2, 9, 'rule "nope" is not defined by any extended policy, so its severity cannot be set'],
    ['a too wide gap', 'rules:\n  a:\n    phrases: ["a [20] b"]\n', 3, 15, 'phrase "a [20] b": gap [20] is too wide: at most 8 words'],
  ])('reports %s at its position', (_, text, line, column, detail) => {
    const root = folder({ 'redline.config.yaml': text });
    const file = join(root, 'redline.config.yaml');
    const error = errorOf(() => loadPolicySync(file));
    expect(error.detail).toBe(detail);
    expect(error.message).toBe(`${file}:${line}:${column}: ${detail}`);
  });

  // Valid files are read without yaml's Document; these messages are the ones it gave when it read every file.
  it.each([
    ['a duplicate rule id in JSON', '.redlinerc.json', '{\n  "rules": {\n    "a": {"phrases": ["x"]},\n    "a": "off"\n  }\n}\n', 4, 5, 'invalid JSON: duplicate key (each rule id and setting may appear once)'],
    ['an unknown key in JSON', '.redlinerc.json', '{\n  "rules": {\n    "a": {"phrases": ["x"], "severty": "warn"}\n  }\n}\n', 3, 29, 'unknown key "severty" in "rules.a"'],
    ['a bad phrase in JSON', '.redlinerc.json', '{\n  "rules": {\n    "a": {"phrases": ["ok", "()"]}\n  }\n}\n', 3, 29, 'phrase "()": an alternative in "( | )" is empty'],
    ['a YAML 1.1 boolean (a string in YAML 1.2)', 'redline.config.yaml', 'rules:\n  a:\n    inflect: no\n    phrases: [alpha]\n', 3, 14, '"rules.a.inflect" must be a boolean (got "no")'],
    ['a bad phrase in a CRLF file', 'redline.config.yaml', 'rules:\r\n  a:\r\n    phrases: ["()"]\r\n', 3, 15, 'phrase "()": an alternative in "( | )" is empty'],
  ])('reports %s at its position', (_, name, text, line, column, detail) => {
    const root = folder({ [name]: text });
    const file = join(root, name);
    const error = errorOf(() => loadPolicySync(file));
    expect(error.message).toBe(`${file}:${line}:${column}: ${detail}`);
  });

  it('reads a file with a %YAML 1.1 directive as yaml does (there, "no" is false)', () => {
    const root = folder({ 'redline.config.yaml': '%YAML 1.1\n---\nrules:\n  a:\n    inflect: no\n    phrases: [alpha]\n' });
    expect(loadPolicySync(join(root, 'redline.config.yaml')).rules.a).toEqual({ inflect: false, phrases: ['alpha'], severity: 'error' });
  });

  it('reads the same policy from YAML and from JSON', () => {
    const config = { extends: 'redline:recommended', entities: { acme: ['Acme', 'AC-*'] }, allow: ['built on {acme}'], rules: { 'no-x': { about: 'acme', window: 2, phrases: ['x', { phrase: 'y', fix: 'z' }], prefer: ['w'] } } };
    const yaml = 'extends: redline:recommended\nentities:\n  acme: [Acme, AC-*]\nallow:\n  - built on {acme}\nrules:\n  no-x:\n    about: acme\n    window: 2\n    phrases:\n      - x\n      - phrase: y\n        fix: z\n    prefer: [w]\n';
    const root = folder({ 'a/redline.config.yaml': yaml, 'b/redline.config.json': JSON.stringify(config, null, 2) });
    expect(loadPolicySync(join(root, 'a/redline.config.yaml'))).toEqual(loadPolicySync(join(root, 'b/redline.config.json')));
  });

  it('reports an extends cycle', () => {
    const root = folder({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    const error = errorOf(() => loadPolicySync(join(root, 'a.yaml')));
    expect(error.detail).toBe(`"extends" cycle: ${join(root, 'a.yaml')} → ${join(root, 'b.yaml')} → ${join(root, 'a.yaml')}`);
  });

  it('reports a missing file', () => {
    const error = errorOf(() => loadPolicySync('/nonexistent/redline.config.yaml'));
    expect(error.message).toBe('/nonexistent/redline.config.yaml: cannot read policy: no such file');
  });

  it('loads a JavaScript config only when allowed explicitly', async () => {
    const root = folder({ 'redline.config.mjs': 'export default { rules: { a: { phrases: ["alpha"] } } };\n' });
    const file = join(root, 'redline.config.mjs');
    await expect(loadPolicy(file)).rejects.toThrow('JavaScript configs run code, so they are loaded only when named explicitly');
    const policy = await loadPolicy(file, { allowJs: true });
    expect(policy.rules.a?.phrases).toEqual(['alpha']);
  });
});

describe('discovery', () => {
  it('finds the nearest config upward and never a JavaScript one', () => {
    const root = folder({
      '.redlinerc.yaml': 'rules:\n  a:\n    phrases: [alpha]\n',
      'docs/deep/page.md': 'alpha',
      'docs/redline.config.mjs': 'throw new Error("must not run")',
      'other/redline.config.json': '{"rules": {"b": {"phrases": ["beta"]}}}',
      'other/page.md': 'beta',
    });
    expect(findConfigFile(join(root, 'docs/deep/page.md'))).toBe(join(root, '.redlinerc.yaml'));
    expect(findConfigFile(join(root, 'other/page.md'))).toBe(join(root, 'other/redline.config.json'));
  });

  it('compiles each config once and falls back to the preset', () => {
    const root = folder({ 'a/.redlinerc.yaml': 'rules:\n  a:\n    phrases: [alpha]\n', 'a/one.md': '', 'a/two.md': '' });
    const resolver = new PolicyResolver();
    const one = resolver.forFile(join(root, 'a/one.md'));
    expect(resolver.forFile(join(root, 'a/two.md')).compiled).toBe(one.compiled);
    expect(one.configFile).toBe(join(root, 'a/.redlinerc.yaml'));
    expect(resolver.forDefault().configFile).toBeUndefined();
    expect(resolver.forDefault().compiled.rules.map((rule) => rule.id)).toEqual(['no-access-claim', 'no-invocation-claim', 'no-api-framing', 'entity-spelling']);
  });
});
