// The licence notice of a bundle: which npm packages esbuild copied code from, with their licence texts. Used by
// packages/core/scripts/bundle.js and packages/cli/scripts/bundle.js.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The inputs of an esbuild metafile that left code in some output (tree shaking drops the rest). */
export function copiedInputs(metafile) {
  return Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([input]) => input));
}

/**
 * The notice of every package whose code was copied into a bundle: name, version, licence and its text. `inputs`
 * are metafile paths relative to `workingDir`; `what` says where the code went ("bundle/ holds…").
 */
export function thirdPartyLicenses(inputs, workingDir, what) {
  const roots = new Set();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at === -1) continue;
    const rest = input.slice(at + 'node_modules/'.length).split('/');
    roots.add(input.slice(0, at) + 'node_modules/' + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/'));
  }
  const byId = new Map();
  for (const root of roots) {
    const folder = join(workingDir, root.split('/').join(sep));
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    // Older packages name their licence in a `licenses` array.
    const license = pkg.license ?? pkg.licenses?.map((entry) => `${entry.type}${entry.url ? `, ${entry.url}` : ''}`).join('; ') ?? 'unknown';
    const licenceFile = readdirSync(folder).find((file) => /^(licen[cs]e|copying)/i.test(file));
    const text = licenceFile ? readFileSync(join(folder, licenceFile), 'utf8').trim() : `(the package ships no licence file; its package.json says: ${license})`;
    byId.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license, text });
  }
  const sections = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  const lines = ['# Third-party licences', '', `${what} code of these ${sections.length} packages, copied by scripts/bundle.js.`, ''];
  for (const { name, version, license, text } of sections) lines.push(`## ${name} ${version} (${license})`, '', '```text', text, '```', '');
  return lines.join('\n');
}
