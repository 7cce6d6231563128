/**
 * The progress line: on a terminal only, and only once a run has taken about a second, so that quick runs
 * (a pre-commit hook on a few files) print nothing but their report. It is redrawn from `update` (files are
 * checked in one synchronous loop, where a timer would never fire) and erased at the end.
 */
const DELAY_MS = 1000;
const REFRESH_MS = 100;

export interface Progress {
  update(checked: number): void;
  /** Erase the line before something else is written to the terminal; the next update draws it again. */
  clear(): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update: () => undefined, clear: () => undefined, stop: () => undefined };
  const started = performance.now();
  let drawn = 0;
  let shown = false;
  return {
    update(checked) {
      const now = performance.now();
      if (now - started < DELAY_MS || now - drawn < REFRESH_MS) return;
      drawn = now;
      shown = true;
      stream.write(`\r\x1b[2Kredline: ${checked} file${checked === 1 ? '' : 's'} checked…`);
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
    stop() {
      this.clear();
    },
  };
}
