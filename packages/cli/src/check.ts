/**
 * Checking one text: Markdown and MDX through remark-redline's `checkMarkdown` (which applies the Markdown
 * scope and disable comments), everything else as plain text through core's `checkText`. core's `mayMatch`
 * runs first in both, so a file without any trigger word costs no parse, and the remark stack is imported only when a
 * Markdown file may hold a finding outside its fenced code (remark-redline's light `precheck` entry decides that),
 * which keeps both a pre-commit run on clean files and a run over thousands of technical docs fast.
 */
import { extname } from 'node:path';
import { checkText, type CompiledPolicy, type Finding } from '@redline/core';
import { markdownMayMatch } from 'remark-redline/precheck';
import { FileProblem } from './errors.js';

export const MARKDOWN_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.mdown', '.mkd', '.mkdn']);

type CheckMarkdown = typeof import('remark-redline').checkMarkdown;

let markdownChecker: Promise<CheckMarkdown> | undefined;

function loadMarkdownChecker(): Promise<CheckMarkdown> {
  markdownChecker ??= import('remark-redline').then((module) => module.checkMarkdown);
  return markdownChecker;
}

export function isMarkdownFile(file: string): boolean {
  return MARKDOWN_EXTENSIONS.has(extname(file).toLowerCase());
}

export async function checkSource(text: string, file: string, compiled: CompiledPolicy): Promise<Finding[]> {
  // Both checks start with core's mayMatch on the whole text, so a file without any trigger word costs no parse.
  if (!isMarkdownFile(file)) return checkText(text, compiled);
  if (!markdownMayMatch(text, compiled)) return [];
  const checkMarkdown = await loadMarkdownChecker();
  try {
    return checkMarkdown(text, compiled, { mdx: extname(file).toLowerCase() === '.mdx' });
  } catch (error) {
    // Invalid MDX, or a disable comment with an unknown keyword: the file cannot be checked, and says where.
    const problem = error as { name?: unknown; reason?: unknown; line?: unknown; column?: unknown };
    if (problem.name !== 'MarkdownError' || typeof problem.reason !== 'string') throw error;
    throw new FileProblem(file, problem.reason, typeof problem.line === 'number' ? problem.line : undefined, typeof problem.column === 'number' ? problem.column : undefined);
  }
}
