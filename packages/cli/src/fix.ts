/**
 * --fix and --fix-dry-run: apply the policy's safe fixes (and nothing else), re-check, repeat until stable,
 * and write the result atomically (a temporary file in the same folder, then a rename), keeping the byte order
 * mark, the line endings and the file mode. Fixes only ever replace words, so no other byte changes.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyReplacements, type Finding } from '@redline/core';
import { describeFsError, FileProblem } from './errors.js';

/** More passes than any policy needs; a fix that keeps creating new fixes stops here. */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  findings: Finding[];
  /** How many fixes were applied over all passes. */
  applied: number;
}

export async function fixText(text: string, findings: Finding[], check: (text: string) => Promise<Finding[]>): Promise<FixOutcome> {
  let current = text;
  let currentFindings = findings;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = currentFindings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
    if (fixes.length === 0) break;
    const result = applyReplacements(current, fixes);
    if (result.applied.length === 0 || result.output === current) break;
    applied += result.applied.length;
    current = result.output;
    currentFindings = await check(current);
  }
  return { text: current, findings: currentFindings, applied };
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.redline-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    // The rename below would replace a read-only file the user may not write; refuse as writing in place would.
    await access(file, constants.W_OK);
    const { mode } = await stat(file);
    await writeFile(temporary, content, { encoding: 'utf8', mode, flag: 'wx' });
    await chmod(temporary, mode & 0o7777); // writeFile's mode is narrowed by the umask
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new FileProblem(file, `cannot write the fixed file: ${describeFsError(error)}`);
  }
}

/** A unified diff of one file's fixes, with `a/` and `b/` paths as git prints them. */
export async function fixDiff(path: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
