// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function, heaviest first.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './paths.mjs';

function where(frame) {
  if (!frame.url) return frame.functionName || '(native)';
  let file = frame.url;
  try {
    file = relative(projectRoot, file.startsWith('file:') ? fileURLToPath(file) : file);
  } catch {
    // keep the raw url
  }
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** The package a frame's file belongs to (node_modules/<name>, packages/<name>, node: internals), for grouping. */
function packageOf(frame) {
  const url = frame.url ?? '';
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const workspace = /packages\/([^/]+)\//.exec(url);
  return workspace ? `packages/${workspace[1]}` : url;
}

/** Self time in ms grouped by package. */
export function packageTimes(profilePath) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ticks = new Map();
  for (const id of profile.samples) {
    const key = packageOf(byId.get(id).callFrame);
    ticks.set(key, (ticks.get(key) ?? 0) + 1);
  }
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / (profile.samples.length || 1);
  return new Map([...ticks].map(([name, count]) => [name, count * msPerSample]));
}

/** Self time grouped by package, heaviest first. */
export function topPackages(profilePath, count = 10) {
  const times = packageTimes(profilePath);
  const total = [...times.values()].reduce((sum, ms) => sum + ms, 0) || 1;
  return [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms, share: ms / total }));
}

/** Where a profile spends more than a baseline profile: packages by added self time (ms), largest first. */
export function addedPackages(profilePath, baselinePath, count = 8) {
  const base = packageTimes(baselinePath);
  return [...packageTimes(profilePath)]
    .map(([name, ms]) => ({ name, ms: ms - (base.get(name) ?? 0) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

export function topFunctions(profilePath, count = 12) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const selfTicks = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const id of profile.samples) {
    const key = where(byId.get(id).callFrame);
    selfTicks.set(key, (selfTicks.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length || 1;
  return [...selfTicks.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ticks]) => ({ name, share: ticks / total }));
}
