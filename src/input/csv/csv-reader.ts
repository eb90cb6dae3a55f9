import { recordTooLong } from './record-limit.js';
import { createCsvScanner, type CsvScanner, type ScannerOptions } from './scan-csv.js';
import { SNIFF_BYTES, sniffStart } from './sniff-bytes.js';

/**
 * Feeds a scanner from chunks of input: a working buffer that keeps the
 * incomplete last record of one chunk for the next, grows when one record is
 * larger than the buffer (up to MAX_RECORD_BYTES), checks the first bytes
 * (sniff-bytes.ts), skips a UTF-8 byte order mark and reports progress.
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
  /** the longest record allowed (default MAX_RECORD_BYTES) */
  maxRecordBytes?: number;
  /**
   * The scanner made from the input's first bytes (after a byte order mark):
   * `bytes` of them, or all when the input is shorter (0: whatever the first
   * scan has) — to find the separator, or to read another record format.
   * Without it, a CSV scanner from these options.
   */
  scannerFromHead?: { bytes: number; create(head: Buffer, isLast: boolean): CsvScanner };
}

const INITIAL_SIZE = 1 << 20;
/** Progress is reported after every 64 KB scanned (a progress bar redraws at most every 100 ms anyway). */
export const PROGRESS_STEP = 1 << 16;
/**
 * The longest CSV record read (16 MiB): a longer one is an error rather than
 * memory without bound — an unclosed quote or a binary file is the usual cause.
 */
export const MAX_RECORD_BYTES = 16 << 20;
/** An incomplete record longer than this is scanned again only once the bytes after it have doubled (linear time for long records). */
const RESCAN_MIN = 1 << 16;

export function createCsvChunkReader(options: ChunkReaderOptions): CsvChunkReader {
  let scanner: CsvScanner | undefined = options.scannerFromHead ? undefined : createCsvScanner(options);
  let buf = Buffer.allocUnsafe(INITIAL_SIZE);
  // buf[start, end) holds input not yet scanned; `consumed` bytes of input precede buf[0]
  let start = 0;
  let end = 0;
  let consumed = 0;
  let isBomChecked = options.isFileStart === false;
  const stopBefore = options.stopBefore ?? Infinity;

  const maxRecord = options.maxRecordBytes ?? MAX_RECORD_BYTES;
  // an incomplete record of this many bytes or more is not scanned again before more input arrives
  let waitFor = 0;

  const checkBom = (isLast: boolean): boolean => {
    if (end - start < SNIFF_BYTES && !isLast) return false;
    start += sniffStart(buf, start, Math.min(end, start + SNIFF_BYTES));
    isBomChecked = true;
    return true;
  };

  /** After a scan: the incomplete record left over may not outgrow the limit. */
  const checkLeftover = () => {
    const live = end - start;
    waitFor = live > RESCAN_MIN ? 2 * live : 0;
    if (live > maxRecord && consumed + start < stopBefore) throw recordTooLong(scanner!.line, buf, start, end, maxRecord, scanner!.separator);
  };

  const scan = (isLast: boolean) => {
    if (!isBomChecked && !checkBom(isLast)) return;
    if (!scanner) {
      const head = options.scannerFromHead!;
      if (end - start < head.bytes && !isLast) return;
      // exactly the first `bytes` (as a worker thread's layout sees them), the whole input only when it is that short
      const to = head.bytes > 0 ? Math.min(end, start + head.bytes) : end;
      scanner = head.create(buf.subarray(start, to), isLast && to === end);
    }
    // a long incomplete record waits for more input, but never past the limit, which a scan must then check
    if (!isLast && end - start < Math.min(waitFor, maxRecord + 1)) return;
    if (!options.onProgress) {
      start = scanner.scan(buf, start, end, isLast, stopBefore - consumed);
      checkLeftover();
      return;
    }
    // With a progress hook, scan in steps of PROGRESS_STEP bytes and report after each
    // (steps double while one record is longer than a step, so it is not scanned again and again).
    for (let limit = start, step = PROGRESS_STEP; limit < end && consumed + start < stopBefore; ) {
      limit = Math.min(end, Math.max(limit, start) + step);
      const before = start;
      start = scanner.scan(buf, start, limit, isLast && limit === end, stopBefore - consumed);
      step = start === before ? 2 * step : PROGRESS_STEP;
      options.onProgress(consumed + limit);
    }
    checkLeftover();
  };

  const reader: CsvChunkReader = {
    /** made by the first scan (with scannerFromHead: once the first bytes are in, at the latest by `end`) */
    get scanner() {
      return scanner!;
    },
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

/** Length of a UTF-8 byte order mark at buf[start] (3 or 0), after the checks of sniffStart on the first SNIFF_BYTES. */
export function byteOrderMark(buf: Uint8Array, start: number, end: number): number {
  return sniffStart(buf, start, Math.min(end, start + SNIFF_BYTES));
}
