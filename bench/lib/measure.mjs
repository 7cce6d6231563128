/**
 * Runs one configuration in a fresh child process and measures wall time (from the parent) and peak RSS
 * (`/usr/bin/time -v` when present, else the child's own `process.resourceUsage().maxRSS` written on exit by
 * rss-hook.mjs, which sees only that one node process).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDir, workDir } from './paths.mjs';
import { median } from './stats.mjs';

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
export const rssSource = hasTime ? '/usr/bin/time -v (max RSS of the process tree’s largest process)' : 'process.resourceUsage().maxRSS of the node process';

/** Exit codes a linter uses for "ran fine, found something". */
const OK_CODES = new Set([0, 1]);

function runOnce({ command, args, cwd, env }) {
  const rssFile = join(workDir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const [file, argv] = hasTime ? [TIME, ['-v', '-o', rssFile, command, ...args]] : [command, args];
  const childEnv = { ...process.env, ...env };
  if (!hasTime) childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --import ${pathToFileURL(join(benchDir, 'lib/rss-hook.mjs')).href}`.trim();
  if (!hasTime) childEnv.REDLINE_BENCH_RSS_FILE = rssFile;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let rssKb;
      if (existsSync(rssFile)) {
        const text = readFileSync(rssFile, 'utf8');
        const match = hasTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(text) : /^(\d+)/.exec(text);
        if (match) rssKb = Number(match[1]);
        if (hasTime) {
          const status = /Exit status: (\d+)/.exec(text);
          if (status) code = Number(status[1]);
        }
      }
      if (!OK_CODES.has(code)) reject(new Error(`${command} ${args.slice(0, 3).join(' ')} … exited with ${code}\n${stderr}`));
      else resolvePromise({ ms, rssKb });
    });
  });
}

/**
 * Measures a group of configurations round-robin (run 1 of each, then run 2 of each, …) so that a burst of load
 * on the shared machine hits every configuration alike. Every other round goes through the list backwards, so no
 * configuration always runs right after the same other one (a pair compared by a target runs A B, B A, A B, …). A configuration whose first run exceeds `slowMs` gets
 * only `slowRuns` runs (never fewer than its `minRuns`). A configuration may ask for more runs than the group's
 * (`runs`): the pair a target is computed from, when its runs are short and noisy.
 */
export async function measureGroup(configs, { runs, slowMs, slowRuns, log }) {
  const samples = new Map(configs.map((config) => [config.id, []]));
  const planned = new Map(configs.map((config) => [config.id, config.runs ?? runs]));
  const rounds = Math.max(...planned.values());
  for (let round = 0; round < rounds; round++) {
    for (const config of round % 2 === 0 ? configs : [...configs].reverse()) {
      if (round >= planned.get(config.id)) continue;
      const sample = await runOnce(config);
      samples.get(config.id).push(sample);
      if (round === 0 && sample.ms > slowMs) planned.set(config.id, Math.max(slowRuns, config.minRuns ?? 1));
      log(`  ${config.id} run ${round + 1}/${planned.get(config.id)}: ${(sample.ms / 1000).toFixed(2)} s, ${sample.rssKb ? Math.round(sample.rssKb / 1024) + ' MB' : 'rss n/a'}`);
    }
  }
  const results = new Map();
  for (const config of configs) {
    const list = samples.get(config.id);
    const rss = list.map((sample) => sample.rssKb).filter((value) => value !== undefined);
    results.set(config.id, { ...config, runs: list.length, ms: median(list.map((sample) => sample.ms)), rssKb: rss.length ? median(rss) : undefined, samples: list });
  }
  return results;
}
