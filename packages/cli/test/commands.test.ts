import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicySync, presetPolicy } from '@redline/core';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers.js';


/** How many examples the built-in preset has (core owns it, so the tests count rather than hard-code). */
const PRESET_EXAMPLES = Object.values(presetPolicy().rules).reduce((sum, rule) => sum + (rule.examples?.bad?.length ?? 0) + (rule.examples?.good?.length ?? 0), 0);
const PRESET_RULES = Object.keys(presetPolicy().rules).length;

describe('redline init', () => {
  it('writes a commented starter config that extends the preset and passes test-policy', () => {
    const root = makeTree({});
    const result = runCli(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote redline.config.yaml (extends redline:recommended). Check it with: redline test-policy\n');
    const written = readFileSync(join(root, 'redline.config.yaml'), 'utf8');
    expect(written).toContain('\nextends: redline:recommended\n');
    expect(written.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual(['extends: redline:recommended']);
    expect(loadPolicySync(join(root, 'redline.config.yaml'))).toEqual(presetPolicy());
  });

  it('its commented example rules work once uncommented', () => {
    const root = makeTree({});
    runCli(['init'], { cwd: root });
    const file = join(root, 'redline.config.yaml');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('# rules:');
    const uncommented = text.slice(at).split('\n').map((line) => (line.startsWith('# ') ? line.slice(2) : line)).join('\n');
    writeFileSync(file, text.slice(0, at) + uncommented);
    expect(runCli(['test-policy'], { cwd: root }).stdout).toBe(`✔ ${PRESET_EXAMPLES + 2} examples of ${PRESET_RULES + 1} rules in redline.config.yaml: all behave as documented\n`);
    const check = runCli(['--stdin', '-f', 'json'], { cwd: root, input: 'Acme is the exclusive partner of OpenAI.\n' });
    expect((JSON.parse(check.stdout) as { messages: { ruleId: string; column: number }[] }[])[0]!.messages.map((message) => [message.ruleId, message.column])).toEqual([['no-exclusive-claim', 13]]);
  });

  it('refuses to overwrite any existing config', () => {
    const root = makeTree({ '.redlinerc.json': '{}' });
    const result = runCli(['init'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: .redlinerc.json already exists; redline init does not overwrite a config\n');
    expect(readFileSync(join(root, '.redlinerc.json'), 'utf8')).toBe('{}');
  });
});

describe('redline test-policy', () => {
  it('passes the built-in preset', () => {
    const result = runCli(['test-policy'], { cwd: makeTree({}) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`✔ ${PRESET_EXAMPLES} examples of ${PRESET_RULES} rules in redline:recommended: all behave as documented\n`);
  });

  it('fails on a bad example that is not flagged and a good one that is', () => {
    const root = makeTree({
      'policy.yaml': [
        'extends: redline:recommended',
        'rules:',
        '  no-resale:',
        '    severity: error',
        '    about: openai',
        '    phrases: [resell]',
        '    examples:',
        '      bad: [We resell OpenAI., We offer OpenAI at cost.]',
        '      good: [Partners resell OpenAI seats.]',
        '',
      ].join('\n'),
    });
    const result = runCli(['test-policy', 'policy.yaml'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '✖ no-resale: bad example is not flagged by no-resale',
        '    bad: “We offer OpenAI at cost.”',
        '✖ no-resale: good example is flagged by no-resale at “resell OpenAI”',
        '    good: “Partners resell OpenAI seats.”',
        '',
        `✖ ${PRESET_EXAMPLES + 3} examples of ${PRESET_RULES + 1} rules in policy.yaml: 2 misbehaved`,
        '',
      ].join('\n'),
    );
  });

  it('exit 2 for a policy that does not load', () => {
    const root = makeTree({ 'policy.yaml': 'rules: [\n' });
    const result = runCli(['test-policy', 'policy.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^redline: policy\.yaml:\d+:\d+: invalid YAML: .+\n$/);
  });
});

describe('redline --print-config', () => {
  it('prints the effective policy of a file as JSON, extends resolved', () => {
    const root = makeTree({ 'docs/redline.config.yaml': 'extends: redline:recommended\nrules:\n  no-api-framing: off\n' });
    const result = runCli(['--print-config', 'docs/page.md'], { cwd: root });
    expect(result.code).toBe(0);
    const preset = presetPolicy();
    expect(JSON.parse(result.stdout)).toEqual({ ...preset, rules: { ...preset.rules, 'no-api-framing': { ...preset.rules['no-api-framing'], severity: 'off' } } });
    expect(JSON.parse(runCli(['--print-config', 'page.md'], { cwd: root }).stdout)).toEqual(preset);
  });
});

describe('redline explain', () => {
  it("prints the rule's message, reason, source, phrasings and examples", () => {
    const result = runCli(['explain', 'no-api-framing'], { cwd: makeTree({}) });
    expect(result.code).toBe(0);
    // The preset's wording is core's; the layout around it is the CLI's.
    const preset = presetPolicy();
    const rule = preset.rules['no-api-framing']!;
    expect(result.stdout).toBe(
      [
        'no-api-framing (warn) — from the built-in policy',
        '',
        'Message:',
        `  ${rule.message}`,
        '',
        'Why:',
        `  ${rule.reason}`,
        '',
        'Source:',
        `  ${rule.source}`,
        '',
        `About: openai (${preset.entities.openai!.join(', ')})`,
        '',
        'Phrases:',
        ...rule.phrases.map((phrase) => `  - ${typeof phrase === 'string' ? phrase : phrase.phrase}`),
        '',
        'Write instead:',
        '  - {entity} integration',
        '',
        'Flagged:',
        ...rule.examples!.bad!.map((example) => `  ✖ ${example}`),
        '',
        'Fine:',
        ...rule.examples!.good!.map((example) => `  ✔ ${example}`),
        '',
        'More: https://github.com/redline-lint/redline/blob/main/docs/rules.md#no-api-framing',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toContain('  ✖ Connect your workspace with the OpenAI API.\n');
  });

  it('shows a phrase fix next to its phrase', () => {
    const result = runCli(['explain', 'entity-spelling'], { cwd: makeTree({}) });
    expect(result.stdout).toContain('\nPhrases:\n  - Open AI  (fix: OpenAI)\n');
  });

  it("explains the rule of the config in force, and names it", () => {
    const root = makeTree({ '.redlinerc.yaml': 'extends: redline:recommended\nrules:\n  no-api-framing: error\n' });
    expect(runCli(['explain', 'no-api-framing'], { cwd: root }).stdout.split('\n')[0]).toBe('no-api-framing (error) — from .redlinerc.yaml');
  });

  it('exit 2 for an unknown rule, listing the known ones', () => {
    const result = runCli(['explain', 'no-such-rule'], { cwd: makeTree({}) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: unknown rule "no-such-rule" (rules of this policy: entity-spelling, no-access-claim, no-api-framing, no-invocation-claim)\n');
  });
});

describe('--version and --help', () => {
  it('print and exit 0', () => {
    const root = makeTree({});
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runCli(['--version'], { cwd: root })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = runCli(['--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: redline \[options\] \[command\] \[paths\.\.\.\]\n/);
    expect(help.stdout).toContain('  test-policy [options] [config]');
    expect(help.stdout).toContain('  -f, --format <name>       report format: stylish, json, sarif, github (default: "stylish")\n');
    expect(help.stdout).toContain('  --no-color                never colour the report\n');
    expect(runCli(['explain', '--help'], { cwd: root })).toEqual({
      code: 0,
      stdout:
        'Usage: redline explain [options] <rule-id>\n\nshow what a rule flags, why, and what to write instead\n\nArguments:\n  rule-id  the rule, e.g. no-access-claim\n\n' +
        'Options:\n  -c, --config <file>  explain the rule of this policy file\n  --preset <name>      explain the rule of a built-in preset\n  -h, --help           display help for command\n',
      stderr: '',
    });
  });
});
