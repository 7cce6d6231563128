/** The targets, each evaluated from one run's results: measured ratio, limit, PASS/MISS. */
import { megabytes, ratio } from './stats.mjs';

const get = (results, group, id) => results.groups[group]?.get(id);

export function evaluateTargets(results) {
  const targets = [];
  const add = (id, text, value, pass, shown, profile) => targets.push({ id, text, value, pass, shown: shown ?? ratio(value), profile });
  const corpus = (id) => get(results, 'corpus', id);
  if (corpus('redline')) {
    const redline = corpus('redline').ms;
    const floorA = corpus('floor-a').ms;
    const profile = { key: 'corpus', label: 'redline on the corpus' };
    add('1a', 'Whole corpus: ≥ 25× faster than alex', corpus('alex').ms / redline, corpus('alex').ms / redline >= 25, `${ratio(corpus('alex').ms / redline)} faster`, profile);
    add('1b', 'Whole corpus: ≥ 10× faster than textlint+prh', corpus('textlint-prh').ms / redline, corpus('textlint-prh').ms / redline >= 10, `${ratio(corpus('textlint-prh').ms / redline)} faster`, profile);
    add('1c', 'Whole corpus: ≤ 12× floor A', redline / floorA, redline / floorA <= 12, undefined, profile);
    const free = corpus('redline-partner-free').ms / corpus('floor-a-partner-free').ms;
    add('1d', 'Partner-free part of the corpus: ≤ 2× floor A (same files)', free, free <= 2, undefined, { key: 'partner-free', label: 'redline on the partner-free files' });
    add('1s', 'Stretch: whole corpus ≤ 5× floor A', redline / floorA, redline / floorA <= 5, undefined, profile);
  }
  const rules = (id) => get(results, 'rules', id);
  if (rules('redline-30')) {
    const value = rules('redline-3000').ms / rules('redline-30').ms;
    add('2', 'Rule count: 3,000 generated rules ≤ 1.1× 30 rules (on top of the built-in policy)', value, value <= 1.1, undefined, { key: 'rules-3000', label: 'redline with 3,000 generated rules' });
  }
  if (results.growth?.length >= 2) {
    const first = results.growth[0];
    const last = results.growth.at(-1);
    const perMb = (row) => row.redline.ms / (row.bytes / 1048576);
    const linear = perMb(last) / perMb(first);
    add('3a', `Growth: time linear (s/MB at ${last.megabytes} MB ÷ s/MB at ${first.megabytes} MB ≤ 1.25)`, linear, linear <= 1.25, undefined, { key: 'growth', label: `redline on ${first.megabytes} MB of sales docs` });
    const peak = Math.max(...results.growth.map((row) => row.redline.rssKb ?? 0));
    add('3b', 'Growth: peak RSS ≤ 150 MB at every size', peak, peak <= 150 * 1024, megabytes(peak));
    const flat = (last.redline.rssKb ?? 0) / (first.redline.rssKb ?? 1);
    add('3c', `Growth: peak RSS flat (at ${last.megabytes} MB ÷ at ${first.megabytes} MB ≤ 1.25)`, flat, flat <= 1.25);
  }
  const cold = (id) => get(results, 'cold', id);
  if (cold('node-e-0')) {
    const value = cold('redline-clean').ms / cold('node-e-0').ms;
    add('4', 'Cold start on one ~12 KB file: ≤ 3× `node -e 0`', value, value <= 3, undefined, { key: 'cold', label: 'redline cold start on one file' });
  }
  for (const [group, label] of [['eslint-openai', 'the `openai` sources'], ['eslint-app', 'the generated TSX app']]) {
    const base = get(results, group, 'base');
    if (!base) continue;
    const value = get(results, group, 'redline').ms / base.ms;
    add(group === 'eslint-openai' ? '5a' : '5b', `ESLint: redline's rule adds ≤ 5% on ${label}`, value, value <= 1.05, undefined, { key: 'eslint', label: 'ESLint with redline/phrasing on the openai sources' });
  }
  return targets;
}
