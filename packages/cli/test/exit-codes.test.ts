import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers.js';

const WARNING = 'Built with Chat GPT.\n'; // entity-spelling: a warning
const ERROR = 'Acme calls OpenAI.\n'; // no-invocation-claim: an error

describe('exit codes', () => {
  it('0 without findings, and with warnings only', () => {
    const root = makeTree({ 'clean.md': 'Acme integrates with OpenAI.\n', 'warn.md': WARNING });
    expect(runCli(['clean.md'], { cwd: root }).code).toBe(0);
    expect(runCli(['warn.md'], { cwd: root }).code).toBe(0);
  });

  it('1 with an error', () => {
    const root = makeTree({ 'error.md': ERROR });
    expect(runCli(['error.md'], { cwd: root }).code).toBe(1);
  });

  it('1 with more warnings than --max-warnings, with a line saying so', () => {
    const root = makeTree({ 'warn.md': 'Built with Chat GPT and Open AI.\n' });
    expect(runCli(['warn.md', '--max-warnings', '2'], { cwd: root }).code).toBe(0);
    const over = runCli(['warn.md', '--max-warnings', '1'], { cwd: root });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('redline: too many warnings (2, the maximum is 1)\n');
  });

  it('--quiet drops warnings from the count as well as from the report', () => {
    const root = makeTree({ 'warn.md': WARNING });
    expect(runCli(['warn.md', '--quiet', '--max-warnings', '0'], { cwd: root }).code).toBe(0);
  });

  it('0 for an empty folder', () => {
    const root = makeTree({ 'image.png': 'not checked' });
    const result = runCli([], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ no problems in 0 files checked \(\d+\.\d\d s\)\n$/);
  });

  it.each([
    [['--format', 'xml'], 'redline: unknown format "xml" (formats: stylish, json, sarif, github)\n'],
    [['--max-warnings', 'many'], 'redline: --max-warnings needs a whole number of 0 or more, not "many"\n'],
    [['--fix', '--fix-dry-run'], 'redline: use either --fix or --fix-dry-run, not both\n'],
    [['--config', 'a.yaml', '--preset', 'recommended'], 'redline: use either --config or --preset, not both\n'],
    [['--stdin', 'a.md'], 'redline: --stdin reads standard input: give no paths with it\n'],
    [['--stdin', '--fix'], 'redline: --fix cannot write to standard input: use --fix-dry-run to see the changes\n'],
    [['--stdin-filename', 'a.md'], 'redline: --stdin-filename only works with --stdin\n'],
    [['--ext', ','], 'redline: --ext needs at least one extension, e.g. --ext .md,.txt\n'],
    [['--preset', 'strict'], 'redline: unknown preset "redline:strict" (built-in presets: redline:recommended)\n'],
    [['--no-such-option'], "redline: unknown option '--no-such-option'\n(run redline --help for usage)\n"],
    [['-f'], "redline: option '-f, --format <name>' argument missing\n(run redline --help for usage)\n"],
    [['--fix=yes'], "redline: option '--fix' takes no value\n(run redline --help for usage)\n"],
    [['explain'], "redline: missing required argument 'rule-id'\n(run redline --help for usage)\n"],
    [['init', 'extra'], "redline: too many arguments for 'init'. Expected 0 arguments but got 1.\n(run redline --help for usage)\n"],
    [['test-policy', 'a.yaml', 'b.yaml'], "redline: too many arguments for 'test-policy'. Expected 1 argument but got 2.\n(run redline --help for usage)\n"],
  ])('2 for bad usage: %j', (args, stderr) => {
    const root = makeTree({ 'a.md': ERROR });
    const result = runCli(args, { cwd: root });
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });

  it('2 for a broken config, named by file, line and column', () => {
    const root = makeTree({ 'redline.config.yaml': 'extends: redline:recommended\nrules:\n  no-access-claim:\n    severity: loud\n', 'a.md': ERROR });
    const result = runCli([], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^redline: redline\.config\.yaml:4:\d+: .*severity.*\n$/);
    expect(result.stdout).toBe('');
  });

  it('2 for a --config file that does not exist', () => {
    const root = makeTree({ 'a.md': ERROR });
    const result = runCli(['--config', 'nope.yaml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: nope.yaml: cannot read policy: no such file\n');
  });

  it('2 for a JavaScript config that throws, in one line', () => {
    const root = makeTree({ 'a.md': ERROR, 'policy.mjs': "throw new Error('boom');\n" });
    const result = runCli(['--config', 'policy.mjs'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: policy.mjs: cannot load config: boom\n');
  });
});
