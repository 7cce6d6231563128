/**
 * Where a report goes while it is written: standard output, or the `--output-file`, which is written to a
 * temporary file next to it and renamed into place at the end, so a run that fails half-way leaves no half report.
 * Chunks are gathered into blocks so that a report of many small entries costs few writes.
 */
import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

const BLOCK = 64 * 1024;

export class ReportOutput {
  private pending = '';

  private constructor(
    private readonly sink: (text: string) => void,
    private readonly finish: () => void,
    private readonly abandon: () => void,
  ) {}

  /** `beforeWrite` erases a progress line that shares the terminal. */
  static standardOutput(beforeWrite: () => void = () => undefined): ReportOutput {
    return new ReportOutput(
      (text) => {
        beforeWrite();
        process.stdout.write(text);
      },
      () => undefined,
      () => undefined,
    );
  }

  /** Opens the file's temporary twin at once, so an unwritable path fails before any file is checked. */
  static file(outputFile: string, cwd: string): ReportOutput {
    const target = resolve(cwd, outputFile);
    const temporary = join(dirname(target), `.${basename(target)}.redline-${process.pid}.tmp`);
    const fail = (error: unknown): never => {
      throw new UsageError(`${outputFile}: cannot write the report: ${(error as Error).message}`);
    };
    let fd: number | undefined;
    try {
      mkdirSync(dirname(target), { recursive: true });
      fd = openSync(temporary, 'w');
    } catch (error) {
      fail(error);
    }
    const descriptor = fd as number;
    let closed = false;
    const close = (): void => {
      if (!closed) closeSync(descriptor);
      closed = true;
    };
    return new ReportOutput(
      (text) => {
        try {
          writeSync(descriptor, text);
        } catch (error) {
          close();
          unlinkQuietly(temporary);
          fail(error);
        }
      },
      () => {
        try {
          close();
          renameSync(temporary, target);
        } catch (error) {
          unlinkQuietly(temporary);
          fail(error);
        }
      },
      () => {
        close();
        unlinkQuietly(temporary);
      },
    );
  }

  readonly write = (chunk: string): void => {
    this.pending += chunk;
    if (this.pending.length >= BLOCK) this.flush();
  };

  /** Writes what is left; for a file, moves it into place. */
  close(): void {
    this.flush();
    this.finish();
  }

  /** After a failure: drops the temporary file of an --output-file. */
  discard(): void {
    this.abandon();
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.sink(text);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
