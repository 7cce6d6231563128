// Where things are: the project root, bench/, its git-ignored work folder, and the shared corpus beside the clone.
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const projectRoot = dirname(benchDir);
export const workDir = join(benchDir, '.work');
/**
 * Generated sales docs for the growth runs (up to 1 GB). Not under bench/.work: the CLI skips git-ignored paths,
 * as it should, so they live in the system temp folder (or REDLINE_BENCH_SCRATCH).
 */
export const scratchDir = process.env.REDLINE_BENCH_SCRATCH ? resolve(process.env.REDLINE_BENCH_SCRATCH) : join(tmpdir(), 'redline-bench');
export const benchModules = join(benchDir, 'node_modules');
/** The real Markdown corpus: read in place, never copied into the repo. */
export const corpusDir = process.env.REDLINE_BENCH_CORPUS ? resolve(process.env.REDLINE_BENCH_CORPUS) : resolve(projectRoot, '../shared/corpus');

export const redlineCli = join(projectRoot, 'packages/cli/bin/redline.js');
export const redlineCliDist = join(projectRoot, 'packages/cli/dist/cli.js');
export const coreDist = join(projectRoot, 'packages/core/dist/index.js');
export const remarkRedlineDist = join(projectRoot, 'packages/remark-redline/dist/index.js');
export const eslintPluginDist = join(projectRoot, 'packages/eslint-plugin-redline/dist/index.js');
export const task = (name) => join(benchDir, 'tasks', `${name}.mjs`);
