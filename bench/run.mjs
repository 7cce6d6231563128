#!/usr/bin/env node
/**
 * The redline benchmark: `npm run bench` (full) or `npm run bench -- --quick` (a sample of the corpus, fewer runs,
 * no 1 GB growth run). Every configuration runs in a fresh node process several times; RESULTS.md gets medians
 * and ratios against floors and baselines measured in the same run. Options:
 *   --quick             smaller inputs and fewer runs, to prove the harness works (about 5 minutes)
 *   --only a,b          run only these sections: corpus, rules, growth, cold, eslint
 *   --no-profile        skip the `node --cpu-prof` run of redline where a target is missed
 *   --out <file>        write the results somewhere else than bench/RESULTS.md (--quick: bench/.work/RESULTS-quick.md)
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as run from './lib/baselines.mjs';
import { totalBytes, walk, writeList } from './lib/files.mjs';
import { measureGroup } from './lib/measure.mjs';
import { benchDir, benchModules, corpusDir, scratchDir, workDir } from './lib/paths.mjs';
import { checkCoverage } from './lib/coverage.mjs';
import { writePolicy } from './generate/policy.mjs';
import { generateSalesDocs } from './generate/sales-docs.mjs';
import { generateTsxApp } from './generate/tsx-app.mjs';
import { ensureSetup } from './lib/setup.mjs';
import { profileMisses } from './lib/profiles.mjs';
import { renderResults } from './lib/results.mjs';

const SECTIONS = ['corpus', 'rules', 'growth', 'cold', 'eslint'];
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-profile': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const quick = values.quick;
// A quick run never overwrites the committed reference figures unless told to.
const outFile = values.out ?? (quick ? join(workDir, 'RESULTS-quick.md') : join(benchDir, 'RESULTS.md'));
const sections = values.only ? values.only.split(',') : SECTIONS;
for (const section of sections) if (!SECTIONS.includes(section)) throw new Error(`unknown section ${section} (sections: ${SECTIONS.join(', ')})`);

const began = performance.now();
const log = (line) => process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
/** Runs per configuration, and when a configuration counts as slow (then it gets fewer runs). */
const plan = quick ? { runs: 3, slowMs: 8_000, slowRuns: 1 } : { runs: 5, slowMs: 10_000, slowRuns: 3 };
const measure = (configs, overrides = {}) => measureGroup(configs, { ...plan, ...overrides, log });

/** A file names the partner when it holds any name of the built-in policy's entity group (case-insensitive). */
const NAMES_PARTNER = /\b(?:open[\s-]?ai|chat[\s-]?gpt|codex|dall[-·]e|sora|gpt)/i;

ensureSetup(log);
mkdirSync(workDir, { recursive: true });
const results = { quick, sections, startedAt: new Date().toISOString(), loadAverage: (await import('node:os')).loadavg(), groups: {} };

// Inputs: the real corpus (every 8th file with --quick), its partner-free part, and a small sample for rule count.
const allCorpus = walk(corpusDir).filter((file) => file !== join(corpusDir, 'SOURCES.md'));
const corpusStride = quick ? 8 : 1;
const ruleStride = quick ? 80 : 20;
const corpus = allCorpus.filter((_, index) => index % corpusStride === 0);
const partnerFree = corpus.filter((file) => !NAMES_PARTNER.test(readFileSync(file, 'utf8')));
const ruleSample = allCorpus.filter((_, index) => index % ruleStride === 0);
results.inputs = {
  corpus: { files: corpus.length, bytes: totalBytes(corpus), of: allCorpus.length, stride: corpusStride },
  partnerFree: { files: partnerFree.length, bytes: totalBytes(partnerFree) },
  ruleSample: { files: ruleSample.length, bytes: totalBytes(ruleSample), stride: ruleStride },
};
const corpusList = writeList(join(workDir, 'corpus.list'), corpus);
const partnerFreeList = writeList(join(workDir, 'partner-free.list'), partnerFree);
const ruleSampleList = writeList(join(workDir, 'rule-sample.list'), ruleSample);
log(`corpus: ${corpus.length} of ${allCorpus.length} files (${partnerFree.length} never name the partner); mode ${quick ? 'quick' : 'full'}`);
if (run.hasCli()) {
  checkCoverage(run.redline(corpus), corpus.length, 'the corpus');
  checkCoverage(run.redline(partnerFree), partnerFree.length, 'the partner-free files');
}

if (sections.includes('corpus')) {
  log('corpus: floors, baselines and redline on the same files');
  results.groups.corpus = await measure([
    { id: 'floor-a', ...run.floor('a', [corpusList]), minRuns: 3 },
    { id: 'floor-b', ...run.floor('b', [corpusList]) },
    { id: 'floor-c', ...run.floor('c', [corpusList]) },
    { id: 'naive-retext', ...run.naiveRetext([corpusList]) },
    { id: 'textlint-prh', ...run.textlint(corpus) },
    { id: 'alex', ...run.alex(corpus) },
    { id: 'redline', ...run.redline(corpus), minRuns: 3 },
    // Target 1d compares two runs of a few tenths of a second each: short and noisy, so they get more rounds.
    { id: 'floor-a-partner-free', ...run.floor('a', [partnerFreeList]), minRuns: 3, runs: quick ? 5 : 11 },
    { id: 'redline-partner-free', ...run.redline(partnerFree), minRuns: 3, runs: quick ? 5 : 11 },
  ]);
}

if (sections.includes('rules')) {
  log(`rules: 32 vs 3,000 phrases for the baselines (on every ${ruleStride}th corpus file), 30 vs 3,000 extra rules for redline (on the corpus)`);
  const policy30 = writePolicy(join(workDir, 'policy-30.yaml'), 30);
  const policy3000 = writePolicy(join(workDir, 'policy-3000.yaml'), 3000);
  results.groups.rules = await measure([
    { id: 'regex-32', ...run.floor('a', [ruleSampleList], 32) },
    { id: 'regex-3000', ...run.floor('a', [ruleSampleList], 3000) },
    { id: 'naive-retext-32', ...run.naiveRetext([ruleSampleList], 32) },
    { id: 'naive-retext-3000', ...run.naiveRetext([ruleSampleList], 3000) },
    { id: 'textlint-prh-32', ...run.textlint(ruleSample, 32) },
    { id: 'textlint-prh-3000', ...run.textlint(ruleSample, 3000) },
    // Target 2 compares two runs a few percent apart: they get more rounds.
    { id: 'redline-30', ...run.redline(corpus, { config: policy30 }), minRuns: 3, runs: quick ? 5 : 9 },
    { id: 'redline-3000', ...run.redline(corpus, { config: policy3000 }), minRuns: 3, runs: quick ? 5 : 9 },
  ]);
}

if (sections.includes('growth')) {
  // --quick: 10 and 30 MB. Full: 10 MB, 100 MB and 1 GB, the 1 GB set measured once (it takes minutes a run).
  const sizes = quick ? [10, 30] : [10, 100, 1024];
  results.growth = [];
  for (const megabytes of sizes) {
    // Outside the repository: the CLI skips git-ignored paths such as bench/.work, even when named.
    const dir = join(scratchDir, `sales-${megabytes}mb`);
    const started = performance.now();
    const { reused } = generateSalesDocs(dir, megabytes);
    log(`growth: ${megabytes} MB of sales docs in ${dir} ${reused ? 'reused' : `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`}`);
    if (megabytes === sizes[0] && run.hasCli()) checkCoverage(run.redline([dir]), walk(dir).length, `${megabytes} MB of sales docs`);
    const group = await measure([
      { id: `floor-a-${megabytes}mb`, ...run.floor('a', [dir]), minRuns: 3 },
      { id: `redline-${megabytes}mb`, ...run.redline([dir]), minRuns: 3 },
    ], megabytes >= 1024 ? { runs: 1 } : {});
    results.growth.push({ megabytes, dir, bytes: totalBytes(walk(dir)), floor: group.get(`floor-a-${megabytes}mb`), redline: group.get(`redline-${megabytes}mb`) });
  }
}

if (sections.includes('cold')) {
  // One ~12 KB corpus file that never names the partner (what most pre-commit runs see), and one that does.
  const near = (files) => files.map((file) => ({ file, distance: Math.abs(statSync(file).size - 12 * 1024) })).sort((a, b) => a.distance - b.distance)[0].file;
  const clean = near(partnerFree);
  const named = near(allCorpus.filter((file) => !partnerFree.includes(file) && NAMES_PARTNER.test(readFileSync(file, 'utf8'))));
  results.coldFiles = {
    clean: { path: relative(corpusDir, clean), abs: clean, bytes: statSync(clean).size },
    named: { path: relative(corpusDir, named), abs: named, bytes: statSync(named).size },
  };
  log(`cold start: ${basename(clean)} and ${basename(named)}`);
  results.groups.cold = await measure([
    { id: 'node-e-0', ...run.nodeNoop() },
    { id: 'redline-clean', ...run.redline([clean]) },
    { id: 'redline-named', ...run.redline([named]) },
    { id: 'naive-retext-named', ...run.naiveRetext([named]) },
    { id: 'textlint-prh-named', ...run.textlint([named]) },
    { id: 'alex-named', ...run.alex([named]) },
  ], { runs: quick ? 5 : 10 });
}

if (sections.includes('eslint')) {
  const openaiDir = join(benchModules, 'openai');
  const appFiles = quick ? 100 : 300;
  const appDir = generateTsxApp(join(workDir, `tsx-app-${appFiles}`), appFiles);
  // --quick lints two folders of the openai sources (118 files) instead of all of src/ (455 files).
  const openaiPatterns = quick ? ['src/resources/beta/**/*.ts', 'src/resources/admin/**/*.ts'] : ['src/**/*.ts'];
  results.eslintTargets = { openai: JSON.parse(readFileSync(join(openaiDir, 'package.json'), 'utf8')).version, openaiPatterns, appFiles };
  for (const [name, dir, patterns] of [['openai', openaiDir, openaiPatterns], ['app', appDir, ['src/**/*.tsx']]]) {
    log(`eslint: ${name}`);
    results.groups[`eslint-${name}`] = await measure(
      // The target compares base and redline, a few percent apart in runs of seconds that vary by ±5% on a shared
      // machine: they get more runs (the median of 15 moves by about ±1.5%).
      ['base', 'redline', 'cspell', 'inclusive', 'case-police'].map((variant) => {
        const target = variant === 'base' || variant === 'redline';
        return { id: variant, ...run.eslint(variant, dir, patterns), minRuns: target ? 3 : 1, ...(target ? { runs: quick ? 7 : 15 } : {}) };
      }),
      quick ? { slowMs: 2_000 } : {},
    );
  }
}

results.cli = run.hasCli();
results.profiles = values['no-profile'] ? [] : await profileMisses(results, { corpus, partnerFree, log });
const markdown = renderResults(results);
writeFileSync(outFile, markdown);
writeFileSync(join(workDir, 'results.json'), JSON.stringify(results, (key, value) => (value instanceof Map ? Object.fromEntries(value) : key === 'args' ? undefined : value), 2));
log(`wrote ${relative(process.cwd(), outFile)} in ${((performance.now() - began) / 1000 / 60).toFixed(1)} min`);
