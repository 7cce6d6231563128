// Writes dist/redline-core.js, the module the package exports: tsc's output of src/ (dist/index.js and the ~25
// modules it imports) in one file. Node's ES module loader resolves, reads and links each module on its own, so
// importing the separate files took ~21 ms and the one file ~10 ms, on every run of the CLI, every ESLint process
// and every unified pipeline. The file stays in dist/, next to what it reads at run time through import.meta.url
// (presets/*.json, schema-validator.cjs, ../schema/) and what it loads lazily (plain-yaml.js and unique-json.js,
// yaml, ajv and parse-english, through createRequire), so those keep working unchanged.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const coreRoot = fileURLToPath(new URL('..', import.meta.url));

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
  metafile: true,
  logLevel: 'warning',
});

const foreign = Object.keys(metafile.inputs).filter((input) => !input.startsWith('dist/'));
if (foreign.length > 0) throw new Error(`bundle.js: only core's own modules belong in dist/redline-core.js, not ${foreign[0]}`);
