// Command lines of every measured configuration (each runs as a fresh node process).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, benchModules, redlineCli, redlineCliDist, task, workDir } from './paths.mjs';
import { phrases } from './phrases.mjs';

const node = process.execPath;

export const nodeNoop = () => ({ command: node, args: ['-e', '0'] });
export const floor = (letter, inputs, phraseCount = 32) => ({ command: node, args: [task(`floor-${letter}`), '--phrases', String(phraseCount), ...inputs] });
export const naiveRetext = (inputs, phraseCount = 32) => ({ command: node, args: [task('naive-retext'), '--phrases', String(phraseCount), ...inputs] });
export const alex = (inputs) => ({ command: node, args: [join(benchModules, 'alex/cli.js'), ...inputs] });

/** textlint 15 + textlint-rule-prh with the baseline phrases, each phrase one prh rule. */
export function textlint(inputs, phraseCount = 32) {
  const folder = join(workDir, `textlint-${phraseCount}`);
  mkdirSync(folder, { recursive: true });
  const prh = ['version: 1', 'rules:', ...phrases(phraseCount).flatMap((phrase) => [`  - expected: ${JSON.stringify('is powered by')}`, `    pattern: ${JSON.stringify(phrase)}`])];
  writeFileSync(join(folder, 'prh.yml'), prh.join('\n') + '\n');
  writeFileSync(join(folder, 'textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(folder, 'prh.yml')] } } }));
  return { command: node, args: [join(benchModules, 'textlint/bin/textlint.js'), '--config', join(folder, 'textlintrc.json'), ...inputs], cwd: benchDir };
}

/** Is the CLI built? Until it is, redline is measured as core + remark-redline `checkMarkdown` from a script. */
export const hasCli = () => existsSync(redlineCliDist);

/** redline with the built-in policy (or `config`), through its CLI when it is built. */
export function redline(inputs, { config, extraNodeArgs = [] } = {}) {
  if (!hasCli()) return { command: node, args: [...extraNodeArgs, task('redline-api'), ...(config ? ['--config', config] : []), ...inputs] };
  return { command: node, args: [...extraNodeArgs, redlineCli, ...(config ? ['--config', config] : ['--preset', 'recommended']), '--format', 'json', ...inputs] };
}

export const eslint = (variant, folder, patterns = []) => ({ command: node, args: [task('eslint'), variant, folder, ...patterns] });
