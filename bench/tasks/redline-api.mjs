/**
 * redline without its CLI: core + remark-redline `checkMarkdown` over every file. Used only when the CLI's dist
 * is missing. Arguments: [--config policy.yaml] inputs…
 */
import { readFileSync } from 'node:fs';
import { coreDist, remarkRedlineDist } from '../lib/paths.mjs';
import { expandInputs } from '../lib/files.mjs';

const argv = process.argv.slice(2);
const configAt = argv.indexOf('--config');
const config = configAt === -1 ? undefined : argv.splice(configAt, 2)[1];
const core = await import(coreDist);
const { checkMarkdown } = await import(remarkRedlineDist);
const compiled = core.compilePolicy(config ? await core.loadPolicy(config) : core.presetPolicy());
let findings = 0;
for (const file of expandInputs(argv)) findings += checkMarkdown(readFileSync(file, 'utf8'), compiled).length;
if (process.env.REDLINE_BENCH_VERBOSE) console.log(`${findings} findings`);
process.exitCode = findings ? 1 : 0;
