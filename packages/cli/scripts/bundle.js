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
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copiedInputs, thirdPartyLicenses } from '../../../scripts/third-party-licenses.js';

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

const copied = copiedInputs(metafile);
writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.md'), thirdPartyLicenses(copied, cliRoot, 'bundle/ holds'));

// Keep the build honest: the engine must not have been copied in (it would be a second instance of it).
const copiedCore = copied.filter((input) => input.includes('packages/core/') || input.includes('@redline/core/'));
if (copiedCore.length > 0) throw new Error(`bundle.js: @redline/core was bundled (${copiedCore[0]})`);
