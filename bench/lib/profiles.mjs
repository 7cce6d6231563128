/**
 * Where a target is missed, run redline once more under `node --cpu-prof` on the input of that target and keep
 * the heaviest functions by self time, for RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as run from './baselines.mjs';
import { benchModules, workDir } from './paths.mjs';
import { addedPackages, topFunctions, topPackages } from './profile.mjs';
import { evaluateTargets } from './targets.mjs';

function commandFor(key, inputs) {
  const prof = (dir) => ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  const dir = join(workDir, 'profiles', key);
  switch (key) {
    case 'corpus':
      return [dir, run.redline(inputs.corpus, { extraNodeArgs: prof(dir) })];
    case 'partner-free':
      return [dir, run.redline(inputs.partnerFree, { extraNodeArgs: prof(dir) })];
    case 'rules-3000':
      return [dir, run.redline(inputs.corpus, { config: join(workDir, 'policy-3000.yaml'), extraNodeArgs: prof(dir) })];
    case 'growth':
      return [dir, run.redline([inputs.growthDir], { extraNodeArgs: prof(dir) })];
    case 'cold':
      return [dir, run.redline([inputs.coldFile], { extraNodeArgs: prof(dir) })];
    case 'eslint': {
      const command = run.eslint('redline', join(benchModules, 'openai'));
      return [dir, { ...command, args: [...prof(dir), ...command.args] }];
    }
    default:
      return [];
  }
}

/** The ESLint baseline under the profiler too, so that RESULTS.md can show what the redline variant adds. */
async function profileAddedOverBase(redlineProfile) {
  const dir = join(workDir, 'profiles', 'eslint-base');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const command = run.eslint('base', join(benchModules, 'openai'));
  spawnSync(command.command, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...command.args], { stdio: 'ignore' });
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  return file ? addedPackages(redlineProfile, join(dir, file)) : [];
}

export async function profileMisses(results, { corpus, partnerFree, log }) {
  const misses = evaluateTargets(results).filter((target) => !target.pass && target.profile);
  const seen = new Map();
  for (const target of misses) {
    const { key, label } = target.profile;
    if (seen.has(key)) {
      seen.get(key).targets.push(target.id);
      continue;
    }
    const [dir, command] = commandFor(key, { corpus, partnerFree, coldFile: results.coldFiles?.clean.abs, growthDir: results.growth?.[0]?.dir });
    if (!command) continue;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`profile: ${label} (target ${target.id} missed)`);
    const child = spawnSync(command.command, command.args, { cwd: command.cwd, stdio: 'ignore' });
    if (child.status !== 0 && child.status !== 1) continue;
    const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'));
    if (!files.length) continue;
    const profile = join(dir, files[0]);
    const entry = { key, label, targets: [target.id], dir, top: topFunctions(profile), packages: topPackages(profile) };
    if (key === 'eslint') entry.added = await profileAddedOverBase(profile);
    seen.set(key, entry);
  }
  return [...seen.values()];
}
