import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presetPolicy } from '@redline/core';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../packages/cli/bin/redline.js', import.meta.url));

function redline(...args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout };
}

interface EslintResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number }[];
}

describe('examples/sales-docs (the README’s first command)', () => {
  const run = redline('examples/sales-docs', '--format', 'json');
  const results = JSON.parse(run.stdout) as EslintResult[];
  const findings = results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId}`),
  );

  it('fails the run, as a contract breach should', () => {
    expect(run.status).toBe(1);
  });

  it('finds exactly the planted phrasings, across front matter, emphasis, links, tables, MDX and disable comments', () => {
    expect(findings).toEqual([
      'examples/sales-docs/battlecards/vs-globex.md:9:35 no-invocation-claim',
      'examples/sales-docs/battlecards/vs-globex.md:9:57 entity-spelling',
      'examples/sales-docs/battlecards/vs-globex.md:13:5 no-invocation-claim',
      'examples/sales-docs/launch.mdx:10:22 entity-spelling',
      'examples/sales-docs/launch.mdx:11:19 no-access-claim',
      'examples/sales-docs/overview.md:3:26 no-access-claim',
      'examples/sales-docs/overview.md:12:41 no-access-claim',
      'examples/sales-docs/overview.md:19:13 no-invocation-claim',
      'examples/sales-docs/pricing.md:6:40 no-access-claim',
      'examples/sales-docs/pricing.md:7:64 no-api-framing',
    ]);
  });

  it('shows a finding of every rule of the built-in policy', () => {
    const rules = new Set(findings.map((finding) => finding.split(' ')[1]));
    expect([...rules].sort()).toEqual(Object.keys(presetPolicy().rules).sort());
  });

  it('matches the excerpt in README.md line for line', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const excerpt = readme.slice(readme.indexOf('$ npx redline examples/sales-docs\n'), readme.indexOf('```', readme.indexOf('$ npx redline')));
    const output = redline('examples/sales-docs').stdout.split('\n');
    const lines = excerpt.split('\n').filter((line) => line !== '' && line !== '...' && !line.startsWith('$ '));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      // Timings differ from run to run; everything else is exact.
      const pattern = line.replace(/\(\d+\.\d+ s\)/, '(TIME)');
      expect(output.map((out) => out.replace(/\(\d+\.\d+ s\)/, '(TIME)'))).toContain(pattern);
    }
  });
});
