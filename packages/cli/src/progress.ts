/**
 * The progress line: on a terminal only, and only once a run has taken about a second, so that quick runs
 * (a pre-commit hook on a few files) print nothing but their report. It is erased before the report is written.
 */
import { clearInterval, setInterval } from 'node:timers';

const DELAY_MS = 1000;
const REFRESH_MS = 100;

export interface Progress {
  update(checked: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const started = performance.now();
  let checked = 0;
  let shown = false;
  const draw = (): void => {
    if (performance.now() - started < DELAY_MS) return;
    shown = true;
    stream.write(`\r\x1b[2Kredline: ${checked} file${checked === 1 ? '' : 's'} checked…`);
  };
  const timer = setInterval(draw, REFRESH_MS);
  timer.unref();
  return {
    update(count) {
      checked = count;
    },
    stop() {
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
