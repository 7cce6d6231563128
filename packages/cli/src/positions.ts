/** Offsets (UTF-16 code units) to 1-based line and column, as ESLint counts them. */

export interface Position {
  line: number;
  column: number;
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
  }

  /** 1-based line and column of `offset`; an exclusive end maps to the column just after the last character. */
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] as number) + 1 };
  }
}
