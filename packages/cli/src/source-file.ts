/**
 * Reading a file to check: refuses binary files and invalid UTF-8 with the position of the offending byte, and
 * splits off a byte order mark so that offsets, fixes and reports all count from the first character of text.
 */
import { readFileSync, statSync } from 'node:fs';
import { describeFsError, FileProblem } from './errors.js';

export interface SourceText {
  /** The text without its byte order mark. */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (written back by --fix). */
  bom: boolean;
}

const BINARY_SNIFF_BYTES = 8000;
/** Files above this size are refused unless --max-file-size says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Read one file. Synchronously on purpose: checking is CPU-bound on one thread, and a promise read costs four
 * trips through libuv's thread pool (open, fstat, read, close), which was a third of a run over many small files.
 * The common case takes Node's one-call UTF-8 read; only a text that shows a replacement character or a NUL (an
 * invalid byte, a binary file, UTF-16) is read again as bytes, to say exactly what is wrong and where.
 */
export function readSourceFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES, knownSize?: number): SourceText {
  let text: string;
  try {
    // A file named on the command line was already looked at by discovery: no second `stat`.
    const size = knownSize ?? statSync(file).size;
    // Copy is small; a file this big is an export or a log, and reading it would only cost memory.
    if (size > maxBytes) throw new FileProblem(file, `file too large (${megabytes(size)} MB; the limit is ${megabytes(maxBytes)} MB, see --max-file-size)`);
    text = readFileSync(file, 'utf8');
    if (text.includes('\uFFFD') || text.slice(0, BINARY_SNIFF_BYTES).includes('\0')) return decodeSource(readFileSync(file), file);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(file, describeFsError(error));
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FileProblem(file, 'UTF-16 text is not supported: save the file as UTF-8');
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new FileProblem(file, 'binary file (it contains NUL bytes)');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, offset);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new FileProblem(file, `invalid UTF-8 (byte 0x${byte})`, line, column);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const low = next === 1 ? min : 0x80;
      const high = next === 1 ? max : 0xbf;
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return bytes.length;
}

/** 1-based line, and 1-based column counted in characters, of a byte offset in valid-so-far UTF-8. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  let before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  if (lineStart === 0 && before.charCodeAt(0) === 0xfeff) before = before.slice(1);
  return { line, column: before.length + 1 };
}
