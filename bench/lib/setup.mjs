// Before measuring: bench's own dependencies installed, the workspace built, the corpus present.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, benchModules, corpusDir, projectRoot } from './paths.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const REQUIRED = ['alex', 'textlint', 'textlint-rule-prh', 'openai', 'eslint', '@typescript-eslint/parser', 'remark-retext', 'nlcst-search', '@eslint/compat'];
const DISTS = ['core', 'retext-redline', 'remark-redline', 'cli', 'eslint-plugin-redline'];

export function ensureSetup(log) {
  if (!existsSync(corpusDir)) {
    throw new Error(`corpus not found at ${corpusDir}: place the shared corpus beside the clone (../shared/corpus) or set REDLINE_BENCH_CORPUS`);
  }
  if (REQUIRED.some((name) => !existsSync(join(benchModules, name, 'package.json')))) {
    const command = existsSync(join(benchDir, 'package-lock.json')) ? 'ci' : 'install';
    log(`installing bench dependencies (npm ${command} --prefix bench)…`);
    execFileSync(npm, [command, '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: projectRoot });
  }
  // The redline command runs from the CLI's bundle/, built after dist/ (a checkout built before it existed has none).
  if (DISTS.some((name) => !existsSync(join(projectRoot, 'packages', name, 'dist/index.js'))) || !existsSync(join(projectRoot, 'packages/cli/bundle/cli.js'))) {
    log('building the workspace (npm run build)…');
    execFileSync(npm, ['run', 'build'], { stdio: 'inherit', cwd: projectRoot });
  }
}
