/**
 * Keeping a long run's memory flat. V8 collects its old generation lazily: over a run of a gigabyte of docs, the
 * Markdown parser's objects that happen to survive two scavenges (~45 MB promoted per 100 MB of sales docs) piled
 * up until the old space was three times the live heap (66 MB against ~20 MB live), and peak memory grew with the
 * size of the run. A full collection after every 16 MB of text read keeps it at the live size, for about 1% of
 * the run's time (one ~10 ms collection per ~0.5 s of checking); runs under 16 MB never pay it. V8 gives `gc` only
 * behind its `--expose-gc` flag, which a running process may set for the contexts it creates afterwards (Jest's
 * --logHeapUsage does the same).
 *
 * At the first collection, the young generation also stops growing (`--semi-space-growth-factor=1`, which V8
 * reads at each collection): under the run's high allocation rate it kept growing toward its maximum, so peak
 * memory still climbed with the length of the run (82 MB for 10 MB of docs, 108 MB for 1 GB). Frozen after the
 * first 16 MB, it keeps the size a short run reaches; a short run (the whole benchmark corpus is 15 MB) keeps
 * V8's default, where a small young generation would cost it more collections.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const COLLECT_EVERY_CHARACTERS = 16 * 1024 * 1024;

export class HeapKeeper {
  private sinceCollection = 0;
  private collect: (() => void) | undefined;

  /**
   * `collector` stands in for V8's full collection and `freezeYoungGeneration` for the flag (tests); by default
   * `gc` is exposed on first use.
   */
  constructor(
    private readonly collector: () => () => void = exposedGc,
    private readonly freezeYoungGeneration: () => void = () => setFlagsFromString('--semi-space-growth-factor=1'),
  ) {}

  /** Count `characters` of text just read; collect when enough has been read since the last collection. */
  read(characters: number): void {
    this.sinceCollection += characters;
    if (this.sinceCollection < COLLECT_EVERY_CHARACTERS) return;
    this.sinceCollection = 0;
    if (!this.collect) {
      this.collect = this.collector();
      this.freezeYoungGeneration();
    }
    this.collect();
  }
}

function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
