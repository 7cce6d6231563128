// Arguments of the child tasks: `--phrases N` (how many baseline phrases) and input paths (files, folders, *.list).
import { expandInputs } from './files.mjs';

export function taskArgs(argv = process.argv.slice(2)) {
  let phraseCount = 32;
  const inputs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--phrases') phraseCount = Number(argv[++i]);
    else inputs.push(argv[i]);
  }
  return { phraseCount, files: expandInputs(inputs) };
}
