import { createCsvScanner, CsvSyntaxError, type CsvScanner, type ScannerOptions } from './scan-csv.js';

/**
 * Feeds a scanner from chunks of input: a working buffer that keeps the
 * incomplete last record of one chunk for the next, grows when one record is
 * larger than the buffer, skips a UTF-8 byte order mark and reports progress.
 * Input can be copied in (`push`) or read straight into the buffer
 * (`space` + `commit`), which saves a copy for files.
 */
export interface CsvChunkReader {
  push(chunk: Uint8Array): void;
  /** room for at least `min` more bytes: write them at buf[offset, offset + length) and commit */
  space(min?: number): { buf: Buffer; offset: number; length: number };
  commit(bytes: number): void;
  /** the input ended: scans the last record */
  end(): void;
  readonly scanner: CsvScanner;
  /** bytes of input before the first record not yet scanned */
  readonly position: number;
  /** the first record not scanned starts at or after `stopBefore`: nothing more to read */
  readonly isDone: boolean;
}

export interface ChunkReaderOptions extends ScannerOptions {
  /** called with the bytes scanned so far, every PROGRESS_STEP bytes and at the end */
  onProgress?: (bytes: number) => void;
  /** the input starts at the beginning of the file (a byte order mark is looked for) */
  isFileStart?: boolean;
  /** scan only records that start before this many bytes of input; the rest is left unread */
  stopBefore?: number;
}

const INITIAL_SIZE = 1 << 20;
/** Progress is reported after every 64 KB scanned (a progress bar redraws at most every 100 ms anyway). */
export const PROGRESS_STEP = 1 << 16;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function createCsvChunkReader(options: ChunkReaderOptions): CsvChunkReader {
  const scanner = createCsvScanner(options);
  let buf = Buffer.allocUnsafe(INITIAL_SIZE);
  // buf[start, end) holds input not yet scanned; `consumed` bytes of input precede buf[0]
  let start = 0;
  let end = 0;
  let consumed = 0;
  let isBomChecked = options.isFileStart === false;
  const stopBefore = options.stopBefore ?? Infinity;

  const checkBom = (isLast: boolean): boolean => {
    if (end - start < 3 && !isLast) return false;
    start += byteOrderMark(buf, start, end);
    isBomChecked = true;
    return true;
  };

  const scan = (isLast: boolean) => {
    if (!isBomChecked && !checkBom(isLast)) return;
    if (!options.onProgress) {
      start = scanner.scan(buf, start, end, isLast, stopBefore - consumed);
      return;
    }
    // With a progress hook, scan in steps of PROGRESS_STEP bytes and report after each.
    for (let limit = start; limit < end && consumed + start < stopBefore; ) {
      limit = Math.min(end, Math.max(limit, start) + PROGRESS_STEP);
      start = scanner.scan(buf, start, limit, isLast && limit === end, stopBefore - consumed);
      options.onProgress(consumed + limit);
    }
  };

  const reader: CsvChunkReader = {
    scanner,
    get position() {
      return consumed + start;
    },
    get isDone() {
      return consumed + start >= stopBefore;
    },
    space(min = 1 << 16) {
      if (buf.length - end < min) {
        const live = end - start;
        const target = live + min > buf.length ? Buffer.allocUnsafe(Math.max(2 * buf.length, live + min)) : buf;
        buf.copy(target, 0, start, end);
        buf = target;
        consumed += start;
        start = 0;
        end = live;
      }
      return { buf, offset: end, length: buf.length - end };
    },
    commit(bytes) {
      end += bytes;
      scan(false);
    },
    push(chunk) {
      let at = 0;
      while (at < chunk.length) {
        const room = reader.space(Math.min(chunk.length - at, INITIAL_SIZE));
        const n = Math.min(room.length, chunk.length - at);
        room.buf.set(chunk.subarray(at, at + n), room.offset);
        at += n;
        reader.commit(n);
      }
    },
    end() {
      scan(true);
      options.onProgress?.(consumed + end);
    },
  };
  return reader;
}

/** Length of a UTF-8 byte order mark at buf[start] (3 or 0); a UTF-16 one is refused. */
export function byteOrderMark(buf: Uint8Array, start: number, end: number): number {
  if (end - start >= 2 && ((buf[start] === 0xff && buf[start + 1] === 0xfe) || (buf[start] === 0xfe && buf[start + 1] === 0xff))) throw utf16();
  return end - start >= 3 && UTF8_BOM.every((b, i) => buf[start + i] === b) ? 3 : 0;
}

function utf16(): CsvSyntaxError {
  return new CsvSyntaxError(1, 'the file is UTF-16 encoded (it starts with a UTF-16 byte order mark); fairgate reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8 in.csv > out.csv');
}
