/**
 * Seeded generator of synthetic sales docs (Markdown) of any total size, with a set share of files that name the
 * partner (in approved wording) and a set share that also hold a banned phrasing. Files are about 12 KB, 1,000 a
 * folder. Run directly: node bench/generate/sales-docs.mjs <out-dir> <megabytes> [seed]
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRandom } from '../lib/random.mjs';

const GENERATOR_VERSION = 1;
const PRODUCTS = ['Acme Insight', 'Northwind Desk', 'Contoso Flow', 'Fabrikam Pulse', 'Tailspin Notes', 'Litware Hub'];
const TEAMS = ['sales', 'support', 'finance', 'legal', 'marketing', 'operations', 'engineering', 'HR'];
const BENEFITS = ['cuts onboarding time in half', 'keeps every account plan current', 'surfaces renewals at risk', 'summarizes long email threads', 'drafts proposals from past wins', 'answers policy questions in seconds'];
const PLAIN = [
  (r) => `${r.pick(PRODUCTS)} ${r.pick(BENEFITS)} for ${r.pick(TEAMS)} teams.`,
  (r) => `Customers in ${r.pick(['retail', 'banking', 'healthcare', 'manufacturing', 'the public sector'])} report a ${10 + r.int(60)}% faster close rate.`,
  () => `Every workspace includes single sign-on, audit logs and role-based access control.`,
  (r) => `The ${r.pick(TEAMS)} dashboard shows pipeline, forecast and quota attainment at a glance.`,
  (r) => `Pricing starts at $${5 + r.int(90)} per seat per month, billed annually.`,
  () => `Admins can export reports as CSV or PDF and schedule them for every **Monday** morning.`,
  (r) => `See the [deployment guide](https://example.com/docs/${r.int(999)}) for regional data residency.`,
];
const APPROVED = [
  (r) => `${r.pick(PRODUCTS)} is powered by OpenAI and ${r.pick(BENEFITS)}.`,
  (r) => `The assistant integrates with ChatGPT so that ${r.pick(TEAMS)} teams can work where they already are.`,
  () => `Summaries are enabled by GPT-4o, running in your own cloud tenant.`,
];
const BANNED = [
  (r) => `${r.pick(PRODUCTS)} enables access to OpenAI models for every seat.`,
  () => `The gateway sends your prompts to ChatGPT and returns the answer.`,
  (r) => `Get instant access to GPT-4o from the ${r.pick(TEAMS)} console.`,
  () => `Our backend calls OpenAI to draft replies.`,
];

function paragraph(r, sentences) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(r.pick(PLAIN)(r));
  return out;
}

/** One document of about `target` characters. */
export function salesDoc(r, { target = 12_000, namesPartner, banned }) {
  const parts = [`---\ntitle: ${r.pick(PRODUCTS)} for ${r.pick(TEAMS)}\n---\n`, `# ${r.pick(PRODUCTS)}: ${r.pick(BENEFITS)}\n`];
  let size = parts[0].length + parts[1].length;
  let section = 0;
  while (size < target) {
    const block = [];
    const kind = section % 6;
    if (kind === 0) block.push(`## ${r.pick(['Why teams switch', 'Security', 'Pricing', 'Rollout', 'Integrations', 'Results'])} ${section}\n`);
    const sentences = paragraph(r, 3 + r.int(4));
    if (namesPartner && r.chance(0.15)) sentences.splice(r.int(sentences.length), 0, r.pick(APPROVED)(r));
    if (banned && r.chance(0.08)) sentences.splice(r.int(sentences.length), 0, r.pick(BANNED)(r));
    if (kind === 2) block.push(sentences.map((sentence) => `- ${sentence}`).join('\n') + '\n');
    else if (kind === 4) block.push(`| Plan | Seats | Price |\n| --- | --- | --- |\n| Team | ${r.int(50)} | $${r.int(99)} |\n| Business | ${r.int(500)} | $${r.int(199)} |\n`, sentences.join(' ') + '\n');
    else if (kind === 5 && r.chance(0.3)) block.push('```yaml\nsso: true\nregion: eu-west\nseats: 250\n```\n', sentences.join(' ') + '\n');
    else block.push(sentences.join(' ') + '\n');
    const text = block.join('\n');
    parts.push(text);
    size += text.length + 1;
    section++;
  }
  return parts.join('\n');
}

/**
 * Writes about `megabytes` MB of docs into `dir`, reusing what is there when the same parameters made it.
 * `partnerShare`: share of files that name the partner; `bannedShare`: share of those that also hold a banned phrasing.
 */
export function generateSalesDocs(dir, megabytes, { seed = 8, partnerShare = 0.1, bannedShare = 0.3 } = {}) {
  const manifest = JSON.stringify({ GENERATOR_VERSION, megabytes, seed, partnerShare, bannedShare });
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest) return { dir, reused: true };
  rmSync(dir, { recursive: true, force: true });
  const r = createRandom(seed);
  const budget = megabytes * 1024 * 1024;
  let written = 0;
  for (let index = 0; written < budget; index++) {
    const folder = join(dir, `part-${String(Math.floor(index / 1000)).padStart(4, '0')}`);
    if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
    const namesPartner = r.chance(partnerShare);
    const text = salesDoc(r, { target: 8_000 + r.int(8_000), namesPartner, banned: namesPartner && r.chance(bannedShare) });
    writeFileSync(join(folder, `doc-${String(index).padStart(6, '0')}.md`), text);
    written += Buffer.byteLength(text);
  }
  writeFileSync(manifestPath, manifest);
  return { dir, reused: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, megabytes, seed] = process.argv.slice(2);
  if (!dir || !megabytes) {
    console.error('usage: node bench/generate/sales-docs.mjs <out-dir> <megabytes> [seed]');
    process.exit(2);
  }
  generateSalesDocs(dir, Number(megabytes), { seed: seed === undefined ? 8 : Number(seed) });
}
