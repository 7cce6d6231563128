// Floor A: read every file and run one combined regex of the phrases over it. Nothing can be cheaper and useful.
import { readFileSync } from 'node:fs';
import { combinedRegex, phrases } from '../lib/phrases.mjs';
import { taskArgs } from '../lib/task-args.mjs';

const { phraseCount, files } = taskArgs();
const regex = combinedRegex(phrases(phraseCount));
let hits = 0;
for (const file of files) hits += readFileSync(file, 'utf8').match(regex)?.length ?? 0;
if (process.env.REDLINE_BENCH_VERBOSE) console.log(`${files.length} files, ${hits} hits`);
