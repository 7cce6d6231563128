/** Errors the CLI reports as one line and exit code 2: bad usage, a bad config, or a file that cannot be read. */

/** Exit codes, documented in docs/cli.md. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_TROUBLE = 2;

/** A problem that stops the whole run (bad option, bad config, missing path): printed as `redline: <message>`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file that could not be checked; `line`/`column` point at the offending byte where there is one. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(detail);
  }
}

/** The one-line, human wording of a Node.js file-system error code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return code ? `cannot read (${code})` : String((error as Error | undefined)?.message ?? error);
  }
}
