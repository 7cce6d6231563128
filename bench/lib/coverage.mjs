// A guard before measuring: the redline CLI must report on every file it is given, or its time means nothing.
import { spawnSync } from 'node:child_process';

export function checkCoverage(command, expected, label) {
  const child = spawnSync(command.command, command.args, { cwd: command.cwd, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (child.status !== 0 && child.status !== 1) throw new Error(`redline failed on ${label} (exit ${child.status}): ${child.stderr.slice(0, 500)}`);
  const checked = JSON.parse(child.stdout).length;
  if (checked !== expected) throw new Error(`redline checked ${checked} files of ${label}, expected ${expected}: the timings would not compare like for like`);
}
