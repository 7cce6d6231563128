/** RESULTS.md: the targets with their ratios and PASS/MISS, then every table, then profiles and known causes. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { rssSource } from './measure.mjs';
import { benchDir } from './paths.mjs';
import { megabytes, ratio, seconds } from './stats.mjs';
import { evaluateTargets } from './targets.mjs';

const MB = 1048576;
const cell = (row) => (row ? `${seconds(row.ms)} (n=${row.runs})` : 'not run');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function corpusSection(results) {
  const group = results.groups.corpus;
  if (!group) return [];
  const a = group.get('floor-a').ms;
  const anchors = { 'floor-a': '1.00× (0.17 s)', 'floor-b': '48×', 'floor-c': '63×', 'naive-retext': '83×', 'textlint-prh': '113×', alex: '320× (956 MB)' };
  const names = {
    'floor-a': 'floor A: read every file + one combined regex (32 phrases)',
    'floor-b': 'floor B: remark-parse only',
    'floor-c': 'floor C: B + remark-retext + retext-english',
    'naive-retext': 'naive retext plugin on nlcst-search, 32 phrases',
    'textlint-prh': 'textlint 15 + textlint-rule-prh, 32 phrases',
    alex: 'alex 11, its own rules',
    redline: `**redline** (${results.cli ? 'CLI' : 'core + remark-redline script'}, built-in policy)`,
  };
  const rows = Object.keys(names).map((id) => [names[id], cell(group.get(id)), ratio(group.get(id).ms / a), megabytes(group.get(id).rssKb), anchors[id] ?? '']);
  const freeA = group.get('floor-a-partner-free').ms;
  const free = [
    ['floor A', cell(group.get('floor-a-partner-free')), '1.00×', megabytes(group.get('floor-a-partner-free').rssKb)],
    ['**redline**', cell(group.get('redline-partner-free')), ratio(group.get('redline-partner-free').ms / freeA), megabytes(group.get('redline-partner-free').rssKb)],
  ];
  const { corpus, partnerFree } = results.inputs;
  return [
    '## 1. The corpus',
    '',
    `${corpus.files} Markdown files, ${(corpus.bytes / MB).toFixed(1)} MB${corpus.stride > 1 ? ` (--quick: every ${corpus.stride}th of the ${corpus.of} files)` : ''}. Ratios are against floor A of this run; the anchor column is the issue's figure for the same configuration.`,
    '',
    table(['configuration', 'median time', '× floor A', 'peak RSS', 'anchor (issue)'], rows),
    '',
    `The part that never names the partner: ${partnerFree.files} files, ${(partnerFree.bytes / MB).toFixed(1)} MB.`,
    '',
    table(['configuration', 'median time', '× floor A (same files)', 'peak RSS'], free),
    '',
  ];
}

function rulesSection(results) {
  const group = results.groups.rules;
  if (!group) return [];
  const pair = (label, small, large, anchor) => [label, cell(group.get(small)), cell(group.get(large)), ratio(group.get(large).ms / group.get(small).ms), anchor];
  return [
    '## 2. Rule count',
    '',
    `Baselines on every ${results.inputs.ruleSample.stride}th corpus file (${results.inputs.ruleSample.files} files, ${(results.inputs.ruleSample.bytes / MB).toFixed(1)} MB): the 32 phrases vs those plus 2,968 generated ones. redline on the corpus of section 1 with the built-in policy plus 30 vs plus 3,000 generated rules (one generated phrase each, bench/generate/policy.mjs): same files parsed, only the number of rules differs.`,
    '',
    table(['configuration', 'small', 'large', 'large ÷ small', 'anchor (issue)'], [
      pair('combined alternation regex (floor A), 32 vs 3,000 phrases', 'regex-32', 'regex-3000', '~1,000×'),
      pair('naive retext plugin, 32 vs 3,000 phrases', 'naive-retext-32', 'naive-retext-3000', '1.13×'),
      pair('textlint + prh, 32 vs 3,000 phrases', 'textlint-prh-32', 'textlint-prh-3000', '36×'),
      pair('**redline**, built-in + 30 vs + 3,000 generated rules', 'redline-30', 'redline-3000', 'target ≤ 1.1×'),
    ]),
    '',
  ];
}

function growthSection(results) {
  if (!results.growth?.length) return [];
  const rows = results.growth.map((row) => [
    `${row.megabytes} MB (${(row.bytes / MB).toFixed(0)} MB written)`,
    cell(row.floor),
    cell(row.redline),
    ratio(row.redline.ms / row.floor.ms),
    `${((row.redline.ms / 1000) / (row.bytes / MB) * 1000).toFixed(1)} ms/MB`,
    megabytes(row.redline.rssKb),
    megabytes(row.floor.rssKb),
  ]);
  return [
    '## 3. Growth',
    '',
    'Generated sales docs (bench/generate/sales-docs.mjs, seed 8: ~12 KB files, 10% name the partner, 30% of those hold a banned phrasing), redline given the folder.',
    '',
    table(['size', 'floor A', 'redline', '× floor A', 'redline time per MB', 'redline peak RSS', 'floor A peak RSS'], rows),
    '',
  ];
}

function coldSection(results) {
  const group = results.groups.cold;
  if (!group) return [];
  const base = group.get('node-e-0').ms;
  const { clean, named } = results.coldFiles;
  const row = (id, label, anchor = '') => [label, cell(group.get(id)), ratio(group.get(id).ms / base), megabytes(group.get(id).rssKb), anchor];
  return [
    '## 4. Cold start',
    '',
    `One file, as a pre-commit hook runs it: \`${clean.path}\` (${(clean.bytes / 1024).toFixed(1)} KB, never names the partner) and \`${named.path}\` (${(named.bytes / 1024).toFixed(1)} KB, names it).`,
    '',
    table(['configuration', 'median time', '× `node -e 0`', 'peak RSS', 'anchor (issue)'], [
      row('node-e-0', '`node -e 0`'),
      row('redline-clean', '**redline**, file without the partner (target)'),
      row('redline-named', '**redline**, file naming the partner'),
      row('naive-retext-named', 'naive unified script', '3.3×'),
      row('textlint-prh-named', 'textlint + prh', '7.1×'),
      row('alex-named', 'alex', '10.2×'),
    ]),
    '',
  ];
}

function eslintSection(results) {
  const out = [];
  const labels = { base: 'parser + one trivial rule (no-debugger)', redline: '+ **redline/phrasing**', cspell: '+ @cspell/spellchecker (suggestions off)', inclusive: '+ inclusive-language/use-inclusive-words', 'case-police': '+ case-police/string-check' };
  const anchors = { base: '1.00', inclusive: '1.03×', 'case-police': '1.44×', cspell: '2.4×' };
  for (const [group, title] of [['eslint-openai', `the \`openai\` package's src/ (v${results.eslintTargets?.openai})`], ['eslint-app', `a generated React/TSX app (${results.eslintTargets?.appFiles} components)`]]) {
    const rows = results.groups[group];
    if (!rows) continue;
    const base = rows.get('base').ms;
    out.push(`### ${title}`, '', table(['configuration', 'median time', '× baseline', 'peak RSS', 'anchor (issue, real TSX)'], Object.keys(labels).map((id) => [labels[id], cell(rows.get(id)), ratio(rows.get(id).ms / base), megabytes(rows.get(id).rssKb), anchors[id] ?? ''])), '');
  }
  return out.length ? ['## 5. ESLint', '', 'ESLint 10 + @typescript-eslint/parser, whole process per run (start-up, config, parsing, rules).', '', ...out] : [];
}

function profileSection(results) {
  if (!results.profiles?.length) return [];
  const out = ['## Profiles of missed targets', '', 'One extra run under `node --cpu-prof` (profiles in bench/.work/profiles/); heaviest functions by self time:', ''];
  for (const profile of results.profiles) {
    out.push(`### ${profile.label} (targets ${profile.targets.join(', ')})`, '', table(['self time', 'function'], profile.top.map((entry) => [`${(entry.share * 100).toFixed(1)}%`, `\`${entry.name}\``])), '');
    out.push(table(['self time', 'package'], (profile.packages ?? []).map((entry) => [`${(entry.share * 100).toFixed(1)}% (${Math.round(entry.ms)} ms)`, entry.name])), '');
    if (profile.added?.length) {
      out.push('Self time the redline variant adds over the baseline, by package (one profiled run of each, so noisy):', '', table(['added self time', 'package'], profile.added.map((entry) => [`${Math.round(entry.ms)} ms`, entry.name])), '');
    }
  }
  return out;
}

export function renderResults(results) {
  const targets = evaluateTargets(results);
  const cpu = cpus();
  const findings = join(benchDir, 'FINDINGS.md');
  return [
    '# redline benchmark results',
    '',
    `Generated by \`npm run bench${results.quick ? ' -- --quick' : ''}\` on ${results.startedAt}. Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, load average at start ${results.loadAverage.map((value) => value.toFixed(2)).join(' / ')}. Every time is the median of n runs, each in a fresh node process (whole process: start-up included); peak RSS from ${rssSource}. Absolute times on a shared machine mean little: read the ratios, all measured in this run.${results.quick ? ' **--quick run: an eighth of the corpus, smaller inputs and fewer runs; the full run is the reference.**' : ''}`,
    '',
    '## Targets',
    '',
    table(['#', 'target', 'measured', 'result'], targets.map((target) => [target.id, target.text, target.shown, target.pass ? 'PASS' : '**MISS**'])),
    '',
    ...corpusSection(results),
    ...rulesSection(results),
    ...growthSection(results),
    ...coldSection(results),
    ...eslintSection(results),
    ...profileSection(results),
    ...(existsSync(findings) ? [readFileSync(findings, 'utf8').trim(), ''] : []),
  ].join('\n');
}
