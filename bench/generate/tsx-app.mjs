/**
 * A seeded, generated React/TSX app for the ESLint runs: components with JSX text, string props, template
 * literals and typed helpers, a tenth of them naming the partner (some in banned wording).
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../lib/random.mjs';

const GENERATOR_VERSION = 1;
const COPY = [
  'Close deals faster with account plans that write themselves.',
  'Every workspace includes single sign-on and audit logs.',
  'Forecasts update the moment a deal changes stage.',
  'Invite your team and start a free trial today.',
  'Export any report as CSV or PDF.',
];
const PARTNER_COPY = ['Powered by OpenAI, running in your cloud.', 'Acme integrates with ChatGPT.', 'Acme enables access to OpenAI models.', 'The gateway sends your prompts to ChatGPT.'];

function component(r, index) {
  const name = `Panel${index}`;
  const partner = r.chance(0.1);
  const lines = [
    `import { useMemo, useState } from 'react';`,
    `import type { ReactNode } from 'react';`,
    '',
    `export interface ${name}Props {`,
    `  title: string;`,
    `  items: ReadonlyArray<{ id: string; label: string; value: number }>;`,
    `  footer?: ReactNode;`,
    `}`,
    '',
    `const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });`,
    '',
    `export function ${name}({ title, items, footer }: ${name}Props) {`,
    `  const [open, setOpen] = useState(false);`,
    `  const total = useMemo(() => items.reduce((sum, item) => sum + item.value, 0), [items]);`,
    `  const summary = \`\${items.length} items, \${formatter.format(total)} in total\`;`,
    `  return (`,
    `    <section className="panel" aria-label={title}>`,
    `      <h2>{title}</h2>`,
  ];
  for (let i = 0; i < 6 + r.int(10); i++) {
    const text = partner && i === 2 ? r.pick(PARTNER_COPY) : r.pick(COPY);
    lines.push(`      <p title="${r.pick(COPY)}">${text}</p>`);
  }
  lines.push(
    `      <button type="button" onClick={() => setOpen(!open)}>{open ? 'Hide details' : 'Show details'}</button>`,
    `      {open && (`,
    `        <ul>`,
    `          {items.map((item) => (`,
    `            <li key={item.id}>{item.label}: {formatter.format(item.value)}</li>`,
    `          ))}`,
    `        </ul>`,
    `      )}`,
    `      <footer>{footer ?? summary}</footer>`,
    `    </section>`,
    `  );`,
    `}`,
    '',
  );
  return lines.join('\n');
}

export function generateTsxApp(dir, files = 300, seed = 8) {
  const manifest = JSON.stringify({ GENERATOR_VERSION, files, seed });
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  const r = createRandom(seed);
  for (let index = 0; index < files; index++) writeFileSync(join(dir, 'src/components', `Panel${index}.tsx`), component(r, index));
  writeFileSync(manifestPath, manifest);
  return dir;
}
