// Floor C: floor B, then remark-retext with retext-english (the natural-language tree every retext linter needs).
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { taskArgs } from '../lib/task-args.mjs';

const { files } = taskArgs();
const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish)).freeze();
for (const path of files) {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  await processor.run(processor.parse(file), file);
}
