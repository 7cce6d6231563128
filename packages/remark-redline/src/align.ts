/**
 * Maps a parsed value (a Markdown text node, an image's alt, a JSX attribute string, a YAML scalar) back onto
 * the source it came from. Parsers drop markup from values: block quote markers and indentation after line
 * endings, backslash escapes, quotes, character references and YAML escapes. Walking value and source side by
 * side, source characters that do not appear in the value are skipped, and escapes are decoded by a `Decoder`,
 * so every code unit of the value gets the exact source span it was written as.
 */

/** Decodes an escape or reference starting at `at` in `source`; undefined when none starts there. */
export type Decoder = (source: string, at: number, end: number) => { length: number; value: string } | undefined;

/** For each code unit `i` of the value, `[starts[i], ends[i])` is the source it was written as. */
export interface SourceMap {
  starts: Int32Array;
  ends: Int32Array;
}

/** Map `value` onto `source[from, to)`, or undefined if the value cannot be found there in order. */
export function alignValue(value: string, source: string, from: number, to: number, decode?: Decoder): SourceMap | undefined {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let at = from;
  let index = 0;
  while (index < value.length) {
    if (at >= to) return undefined;
    const decoded = decode?.(source, at, to);
    if (decoded && value.startsWith(decoded.value, index)) {
      starts.fill(at, index, index + decoded.value.length);
      ends.fill(at + decoded.length, index, index + decoded.value.length);
      index += decoded.value.length;
      at += decoded.length;
    } else if (value.charCodeAt(index) === source.charCodeAt(at)) {
      starts[index] = at;
      ends[index] = at + 1;
      index++;
      at++;
    } else {
      at++;
    }
  }
  return { starts, ends };
}

/** Where the value stretch `[start, end)` was written in the source. */
export function sourceRange(map: SourceMap, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < map.starts.length ? (map.starts[start] as number) : (map.ends[map.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [map.starts[start] as number, map.ends[end - 1] as number];
}
