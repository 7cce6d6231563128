// Writes dist/redline-core.js, the module the package exports: tsc's output of src/ (dist/index.js and the ~25
// modules it imports) in one file. Node's ES module loader resolves, reads and links each module on its own, so
// importing the separate files took ~21 ms and the one file ~10 ms, on every run of the CLI, every ESLint process
// and every unified pipeline. The file stays in dist/, next to what it reads at run time through import.meta.url
// (presets/*.json, schema-validator.cjs, ../schema/) and what it loads lazily (plain-yaml.js and unique-json.js,
// yaml and ajv, through createRequire), so those keep working unchanged.
//
// It also writes dist/vendor/parse-english.cjs: parse-english and the ~30 modules of it and its dependencies in one
// file (2 ms to load instead of ~17), which the bundle's lazy loader requires in place of the package. Every process
// that checks any text loads the tokenizer, so this is paid by every ESLint run and every CLI run with a finding.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copiedInputs, thirdPartyLicenses } from '../../../scripts/third-party-licenses.js';

const coreRoot = fileURLToPath(new URL('..', import.meta.url));
const vendorDir = join(coreRoot, 'dist/vendor');
const VENDORED_ENGLISH = './vendor/parse-english.cjs';

rmSync(vendorDir, { recursive: true, force: true });
const vendored = await build({
  absWorkingDir: coreRoot,
  stdin: { contents: "export { ParseEnglish } from 'parse-english';", resolveDir: coreRoot, sourcefile: 'parse-english-entry.js' },
  outfile: join(vendorDir, 'parse-english.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(join(vendorDir, 'THIRD-PARTY-LICENSES.md'), thirdPartyLicenses(copiedInputs(vendored.metafile), coreRoot, 'dist/vendor/ holds'));

/** Points the lazy loader's require('parse-english') at the vendored file; fails the build if the call moved. */
const useVendoredEnglish = {
  name: 'vendored-parse-english',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]dist[\\/]lazy\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const call = "require('parse-english')";
      if (!source.includes(call)) throw new Error(`bundle.js: ${path} no longer has ${call}`);
      return { contents: source.replace(call, `require('${VENDORED_ENGLISH}')`), loader: 'js' };
    });
  },
};

const { metafile } = await build({
  absWorkingDir: coreRoot,
  entryPoints: ['dist/index.js'],
  outfile: 'dist/redline-core.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Dependencies are loaded from node_modules as they are; only core's own modules are joined.
  packages: 'external',
  plugins: [useVendoredEnglish],
  metafile: true,
  logLevel: 'warning',
});

const foreign = Object.keys(metafile.inputs).filter((input) => !input.startsWith('dist/'));
if (foreign.length > 0) throw new Error(`bundle.js: only core's own modules belong in dist/redline-core.js, not ${foreign[0]}`);
