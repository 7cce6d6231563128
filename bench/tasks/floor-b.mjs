// Floor B: parse every file with remark-parse, nothing else.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { taskArgs } from '../lib/task-args.mjs';

const { files } = taskArgs();
const parser = unified().use(remarkParse).freeze();
let nodes = 0;
for (const file of files) nodes += parser.parse(readFileSync(file, 'utf8')).children.length;
if (process.env.REDLINE_BENCH_VERBOSE) console.log(`${files.length} files, ${nodes} top-level nodes`);
