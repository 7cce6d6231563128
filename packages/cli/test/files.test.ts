import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers.js';

const CLAIM = 'Acme enables access to OpenAI.\n';

/** The files a run reported on, from the JSON report (which lists every checked file). */
function checkedFiles(root: string, args: string[]): string[] {
  const result = runCli([...args, '-f', 'json'], { cwd: root });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { filePath: string }[]).map((file) => file.filePath.slice(root.length + 1));
}

describe('which files are checked', () => {
  it('walks the current folder for .md, .mdx, .markdown and .txt, never node_modules or .git', () => {
    const root = makeTree({
      'a.md': CLAIM,
      'b.mdx': CLAIM,
      'c.markdown': CLAIM,
      'd.txt': CLAIM,
      'e.rst': CLAIM,
      'f.MD': CLAIM,
      'node_modules/pkg/readme.md': CLAIM,
      'sub/node_modules/x.md': CLAIM,
      '.git/notes.md': CLAIM,
      'docs/deep/g.md': CLAIM,
    });
    expect(checkedFiles(root, [])).toEqual(['a.md', 'b.mdx', 'c.markdown', 'd.txt', 'docs/deep/g.md', 'f.MD']);
  });

  it('--ext changes the extensions', () => {
    const root = makeTree({ 'a.md': CLAIM, 'e.rst': CLAIM, 'f.adoc': CLAIM });
    expect(checkedFiles(root, ['--ext', 'rst,.ADOC'])).toEqual(['e.rst', 'f.adoc']);
  });

  it('honours .gitignore and .redlineignore, in nested folders too, with negations', () => {
    const root = makeTree({
      '.gitignore': 'build/\n*.draft.md\n',
      '.redlineignore': 'legal/\n',
      'a.md': CLAIM,
      'a.draft.md': CLAIM,
      'build/out.md': CLAIM,
      'legal/terms.md': CLAIM,
      'docs/.gitignore': 'old-*.md\n!old-keep.md\n',
      'docs/old-1.md': CLAIM,
      'docs/old-keep.md': CLAIM,
      'docs/new.md': CLAIM,
    });
    expect(checkedFiles(root, [])).toEqual(['a.md', 'docs/new.md', 'docs/old-keep.md']);
  });

  it('reads ignore files from the repository root when run in a subfolder', () => {
    const root = makeTree({ '.gitignore': 'drafts/\n', 'site/drafts/x.md': CLAIM, 'site/y.md': CLAIM });
    mkdirSync(join(root, '.git'));
    const site = join(root, 'site');
    const result = runCli(['-f', 'json'], { cwd: site });
    expect((JSON.parse(result.stdout) as { filePath: string }[]).map((file) => file.filePath)).toEqual([join(site, 'y.md')]);
  });

  it('checks a named file whatever its extension, but not one an ignore file excludes', () => {
    const root = makeTree({ '.redlineignore': 'skip.md\n', 'notes.rst': CLAIM, 'skip.md': CLAIM });
    expect(checkedFiles(root, ['notes.rst', 'skip.md'])).toEqual(['notes.rst']);
  });

  it('asks the ignore files about each named file: its folder, its own name, deeper negations', () => {
    const root = makeTree({
      '.gitignore': 'build/\n*.draft.md\n',
      'docs/.gitignore': '!keep.draft.md\n',
      'a.draft.md': CLAIM,
      'a.md': CLAIM,
      'build/y.md': CLAIM,
      'build/deep/z.md': CLAIM,
      'node_modules/n.md': CLAIM,
      'docs/node_modules/q.md': CLAIM,
      'docs/keep.draft.md': CLAIM,
      'docs/x.draft.md': CLAIM,
      'docs/ok.md': CLAIM,
    });
    const named = ['a.draft.md', 'a.md', 'build/y.md', 'build/deep/z.md', 'node_modules/n.md', 'docs/node_modules/q.md', 'docs/keep.draft.md', 'docs/x.draft.md', 'docs/ok.md'];
    expect(checkedFiles(root, named)).toEqual(['a.md', 'docs/keep.draft.md', 'docs/ok.md']);
  });

  it('expands globs, filtered by extension, and checks each file once', () => {
    const root = makeTree({ 'docs/a.md': CLAIM, 'docs/b.txt': CLAIM, 'docs/c.rst': CLAIM, 'other/d.md': CLAIM });
    expect(checkedFiles(root, ['docs/**/*', 'docs/a.md'])).toEqual(['docs/a.md', 'docs/b.txt']);
  });
});

describe('which policy checks a file', () => {
  const tree = {
    'a.md': 'Connect with the OpenAI API.\n',
    'strict/redline.config.yaml': 'extends: redline:recommended\nrules:\n  no-api-framing: error\n',
    'strict/b.md': 'Connect with the OpenAI API.\n',
    'relaxed.yaml': 'extends: redline:recommended\nrules:\n  no-api-framing: off\n',
  };

  function severities(root: string, args: string[]): string[] {
    const result = runCli([...args, '-f', 'json', 'a.md', 'strict/b.md'], { cwd: root });
    return (JSON.parse(result.stdout) as { messages: { severity: number }[] }[]).map((file) => file.messages.map((message) => message.severity).join(','));
  }

  it('uses the nearest config of each file, else redline:recommended', () => {
    expect(severities(makeTree(tree), [])).toEqual(['1', '2']);
  });

  it('--config overrides the discovered configs', () => {
    expect(severities(makeTree(tree), ['--config', 'relaxed.yaml'])).toEqual(['', '']);
  });

  it('--config may name a JavaScript config (it runs only because it was named)', () => {
    const root = makeTree({ ...tree, 'policy.mjs': "export default { extends: 'redline:recommended', rules: { 'no-api-framing': 'error' } };\n" });
    expect(severities(root, ['--config', 'policy.mjs'])).toEqual(['2', '2']);
  });

  it('never runs a JavaScript config it was not told to', () => {
    const root = makeTree({ 'redline.config.js': "throw new Error('ran');\n", 'a.md': 'Connect with the OpenAI API.\n' });
    const result = runCli(['-f', 'json', 'a.md'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('--preset overrides the discovered configs too', () => {
    expect(severities(makeTree(tree), ['--preset', 'recommended'])).toEqual(['1', '1']);
  });
});

describe('many files', () => {
  it('checks every file of a large tree and reports them in path order', () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 300; index++) files[`docs/${String(index).padStart(3, '0')}.md`] = index % 3 === 0 ? CLAIM : 'Acme integrates with OpenAI.\n';
    const root = makeTree(files);
    writeFileSync(join(root, 'docs/zz.txt'), CLAIM);
    const result = runCli(['-f', 'json'], { cwd: root });
    const report = JSON.parse(result.stdout) as { filePath: string; errorCount: number }[];
    expect(report).toHaveLength(301);
    expect(report.reduce((sum, file) => sum + file.errorCount, 0)).toBe(101);
    expect(report.map((file) => file.filePath)).toEqual([...report.map((file) => file.filePath)].sort());
  });

  it('reports a walked tree and several arguments in plain path order, each file once', () => {
    // A folder sorts as its name plus "/": "docs-old.md" ("-" is 0x2D) comes before "docs/a.md" ("/" is 0x2F).
    const root = makeTree({ 'docs/a.md': CLAIM, 'docs/b/c.md': CLAIM, 'docs-old.md': CLAIM, 'docs.md': CLAIM, 'Zeta.md': CLAIM, 'docs/b-c.md': CLAIM });
    const paths = (args: string[]): string[] => (JSON.parse(runCli(['-f', 'json', ...args], { cwd: root }).stdout) as { filePath: string }[]).map((file) => file.filePath.slice(root.length + 1));
    const sorted = ['Zeta.md', 'docs-old.md', 'docs.md', 'docs/a.md', 'docs/b-c.md', 'docs/b/c.md'];
    expect(paths([])).toEqual(sorted);
    expect(paths(['docs/a.md', 'docs.md', 'docs', 'Zeta.md', 'docs-old.md'])).toEqual(sorted);
  });
});
