/**
 * The naive baseline: floor C plus a retext plugin that looks for the phrases with nlcst-search — what a
 * developer writes in an afternoon.
 */
import { readFileSync } from 'node:fs';
import { search } from 'nlcst-search';
import { toString } from 'nlcst-to-string';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { phrases } from '../lib/phrases.mjs';
import { taskArgs } from '../lib/task-args.mjs';

const { phraseCount, files } = taskArgs();
const list = phrases(phraseCount);

function retextBanned() {
  return (tree, file) => {
    search(tree, list, (nodes) => {
      file.message(`Do not write “${nodes.map((node) => toString(node)).join('')}”`, { place: nodes[0].position });
    });
  };
}

const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextBanned)).freeze();
let messages = 0;
for (const path of files) {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  await processor.run(processor.parse(file), file);
  messages += file.messages.length;
}
if (process.env.REDLINE_BENCH_VERBOSE) console.log(`${files.length} files, ${messages} messages`);
