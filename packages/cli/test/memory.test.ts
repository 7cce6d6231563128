import { describe, expect, it } from 'vitest';
import { COLLECT_EVERY_CHARACTERS, HeapKeeper } from '../src/memory.js';

describe('HeapKeeper', () => {
  it('collects once per 16 MB of text read, and never in a run that reads less; the young generation stops growing at the first', () => {
    let exposed = 0;
    let collections = 0;
    let frozen = 0;
    const keeper = new HeapKeeper(
      () => {
        exposed++;
        return () => collections++;
      },
      () => frozen++,
    );
    for (let file = 0; file < 1000; file++) keeper.read(12_000); // 12 MB: a run that never collects
    expect([exposed, collections, frozen]).toEqual([0, 0, 0]);
    for (let file = 0; file < 9000; file++) keeper.read(12_000); // 120 MB in all
    expect(collections).toBe(7); // one per 1,399 files of 12,000 characters (16,777,216 / 12,000, rounded up)
    expect([exposed, frozen]).toEqual([1, 1]);
  });

  it('exposes V8’s own collector on first use', () => {
    const keeper = new HeapKeeper(undefined, () => {}); // the flag would also slow the rest of this test run
    expect(() => keeper.read(COLLECT_EVERY_CHARACTERS)).not.toThrow();
  });
});
