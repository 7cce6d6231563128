/**
 * The pre-commit hook end to end: a real git repository in a temp folder, with the example's plain git hook
 * (examples/marketing-repo-precommit/hooks/pre-commit) running the built redline bin on the staged files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../packages/cli/bin/redline.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../examples/marketing-repo-precommit/', import.meta.url));

const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  REDLINE: `${process.execPath} ${BIN}`,
};
delete gitEnv.FORCE_COLOR;

function git(cwd: string, ...args: string[]) {
  const result = spawnSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let repo: string;

beforeAll(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'redline-precommit-')));
  cpSync(EXAMPLE, repo, { recursive: true });
  expect(git(repo, 'init', '-q', '-b', 'main').code).toBe(0);
  expect(git(repo, 'config', 'core.hooksPath', 'hooks').code).toBe(0);
  expect(git(repo, 'add', '.').code).toBe(0);
  const first = git(repo, 'commit', '-q', '-m', 'initial copy');
  expect(first.stderr).toMatch(/^✔ no problems in 3 files checked/); // git shows a hook's output on stderr
  expect(first.code).toBe(0);
});

describe('pre-commit hook', () => {
  it('refuses a commit that stages a banned phrasing, printing the finding', () => {
    const page = join(repo, 'website/pricing.md');
    writeFileSync(page, '# Pricing\n\nEvery plan enables access to OpenAI models.\n');
    git(repo, 'add', 'website/pricing.md');
    const refused = git(repo, 'commit', '-m', 'copy: pricing');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'website/pricing.md\n  3:12  error  Do not claim that the product gives access to OpenAI: “enables access to OpenAI”. Say “is powered by OpenAI” or “integrates with OpenAI” instead.  no-access-claim\n',
    );
    expect(refused.stderr).toContain('redline: commit refused; fix the wording above');
    expect(git(repo, 'log', '--format=%s').stdout).toBe('initial copy\n');
  });

  it('accepts the commit once the wording is fixed', () => {
    const page = join(repo, 'website/pricing.md');
    writeFileSync(page, '# Pricing\n\nEvery plan is powered by OpenAI models.\n');
    git(repo, 'add', 'website/pricing.md');
    const accepted = git(repo, 'commit', '-m', 'copy: pricing');
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toMatch(/✔ no problems in 1 file checked/);
    expect(git(repo, 'log', '--format=%s').stdout).toBe('copy: pricing\ninitial copy\n');
    expect(readFileSync(page, 'utf8')).toBe('# Pricing\n\nEvery plan is powered by OpenAI models.\n');
  });

  it('checks only the staged files, with the repository policy (API framing is an error there)', () => {
    writeFileSync(join(repo, 'website/unstaged.md'), 'Acme calls OpenAI.\n');
    writeFileSync(join(repo, 'press/api.txt'), 'Acme wraps the OpenAI API.\n');
    git(repo, 'add', 'press/api.txt');
    const refused = git(repo, 'commit', '-m', 'press: api');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('press/api.txt\n  1:16  error  Avoid framing OpenAI as an API');
    expect(refused.stderr).not.toContain('unstaged.md');
  });

  it('lets a commit without Markdown or text files through without running redline', () => {
    git(repo, 'reset', '-q');
    writeFileSync(join(repo, 'style.css'), 'body { color: black; }\n');
    git(repo, 'add', 'style.css');
    const accepted = git(repo, 'commit', '-m', 'style');
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toBe('');
  });
});
