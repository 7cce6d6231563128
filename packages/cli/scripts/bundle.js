// Bundles the command line (dist/cli.js and everything it imports but @redline/core) into bundle/, the code
// bin/redline.js runs, and writes bundle/THIRD-PARTY-LICENSES.md for the packages copied into it.
//
// Why: Node's ES module loader resolves, reads and links each module on its own, and the Markdown stack (unified,
// micromark and its extensions, mdast and nlcst utilities) is some 200 modules: importing it took ~120 ms, a sixth of
// a run over the 15 MB benchmark corpus, against ~20 ms for the same code as a few bundled files. The split points
// stay: every dynamic import() (the Markdown stack, each subcommand) is a chunk of its own, loaded when first needed.
//
// What stays outside: @redline/core, which reads its presets and schema next to its own files and is one module
// instance shared with the other adapters; and the modules the code loads lazily through createRequire (remark-mdx,
// decode-named-character-reference, ignore, tinyglobby), which esbuild cannot see and which are resolved from
// bundle/ at run time, so they are dependencies of @redline/cli itself.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliRoot = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(cliRoot, 'bundle');

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: cliRoot,
  entryPoints: ['dist/cli.js'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: ['@redline/core'],
  // A few CommonJS dependencies call require() for Node's own modules: give the ES module bundle a real one.
  banner: { js: "import { createRequire as __redlineCreateRequire } from 'node:module'; const require = __redlineCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});

// Only modules that left code in the output (tree shaking drops the rest).
const copied = Object.values(metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([input]) => input));
writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.md'), thirdPartyLicenses(copied));

/** The notice of every package whose code was copied into the bundle: name, version, licence and its text. */
function thirdPartyLicenses(inputs) {
  const roots = new Set();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at === -1) continue;
    const rest = input.slice(at + 'node_modules/'.length).split('/');
    roots.add(input.slice(0, at) + 'node_modules/' + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/'));
  }
  const byId = new Map();
  for (const root of roots) {
    const folder = join(cliRoot, root.split('/').join(sep));
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    // Older packages name their licence in a `licenses` array.
    const license = pkg.license ?? pkg.licenses?.map((entry) => `${entry.type}${entry.url ? `, ${entry.url}` : ''}`).join('; ') ?? 'unknown';
    const licenceFile = readdirSync(folder).find((file) => /^(licen[cs]e|copying)/i.test(file));
    const text = licenceFile ? readFileSync(join(folder, licenceFile), 'utf8').trim() : `(the package ships no licence file; its package.json says: ${license})`;
    byId.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license, text });
  }
  const sections = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  const lines = ['# Third-party licences', '', `bundle/ holds code of these ${sections.length} packages, copied by scripts/bundle.js.`, ''];
  for (const { name, version, license, text } of sections) lines.push(`## ${name} ${version} (${license})`, '', '```text', text, '```', '');
  return lines.join('\n');
}

// Keep the build honest: the engine must not have been copied in (it would be a second instance of it).
const copiedCore = copied.filter((input) => input.includes('packages/core/') || input.includes('@redline/core/'));
if (copiedCore.length > 0) throw new Error(`bundle.js: @redline/core was bundled (${copiedCore[0]})`);
