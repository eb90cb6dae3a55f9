import { readSync } from 'node:fs';
import { byteOrderMark, MAX_RECORD_BYTES } from './csv-reader.js';
import { recordTooLong } from './record-limit.js';
import { createCsvScanner } from './scan-csv.js';
import { fieldText, type RecordDelimiter } from './csv-record.js';

/** What worker threads need to know about a file before splitting it. */
export interface FileLayout {
  header: string[];
  /** offset of the first byte after the header record */
  dataStart: number;
  delimiter: RecordDelimiter | null;
  /** line breaks before dataStart */
  headerBreaks: number;
  /** the byte between fields */
  separator: number;
}

/** Reads and scans the file's first record (the header), reading more while it is incomplete. */
export function readLayout(fd: number, size: number, separator = 44): FileLayout | undefined {
  let buf = Buffer.allocUnsafe(Math.min(size, 1 << 16));
  let end = 0;
  let header: string[] | undefined;
  const scanner = createCsvScanner({ separator, onRecord: (r) => (header ??= Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i))) });
  let rs = -1;
  while (header === undefined) {
    if (end === buf.length && end < size) buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(size, 2 * buf.length) - buf.length)]);
    end += readSync(fd, buf, end, buf.length - end, end);
    const isLast = end >= size;
    if (rs < 0) rs = byteOrderMark(buf, 0, end);
    // One record at a time (blank lines first), so scanning stops right after the header.
    for (let next = rs; header === undefined; rs = next) {
      next = scanner.scan(buf, rs, end, isLast, rs + 1);
      if (next === rs) break;
    }
    if (header === undefined && isLast) return undefined;
    if (header === undefined && end - rs > MAX_RECORD_BYTES) throw recordTooLong(scanner.line, buf, rs, end, MAX_RECORD_BYTES, separator);
  }
  return { header, dataStart: rs, delimiter: scanner.delimiter, headerBreaks: scanner.line - 1, separator };
}

const WINDOW = 1 << 16;

/**
 * Split offsets for `parts` ranges of about equal size: each just after the
 * first record delimiter at or after the nominal point. Whether that line
 * break was really outside quotes is checked later (the previous range must
 * stop exactly there).
 */
export function splitOffsets(fd: number, layout: FileLayout, size: number, parts: number): number[] {
  const offsets = [layout.dataStart];
  const window = Buffer.allocUnsafe(WINDOW + 1);
  const target = layout.delimiter === 'cr' ? 13 : 10;
  for (let k = 1; k < parts; k++) {
    const nominal = layout.dataStart + Math.floor((k * (size - layout.dataStart)) / parts);
    let found = -1;
    for (let at = Math.max(nominal, offsets[offsets.length - 1]!); found < 0 && at < size; at += WINDOW) {
      const n = readSync(fd, window, 0, WINDOW + 1, at);
      for (let i = window.indexOf(target, 0); i >= 0 && i < Math.min(n, WINDOW); i = window.indexOf(target, i + 1)) {
        if (layout.delimiter !== 'crlf' || (i > 0 ? window[i - 1] === 13 : at > 0 && isCrBefore(fd, at))) {
          found = at + i + 1;
          break;
        }
      }
    }
    if (found > offsets[offsets.length - 1]! && found < size) offsets.push(found);
  }
  return offsets;
}

function isCrBefore(fd: number, at: number): boolean {
  const one = Buffer.alloc(1);
  readSync(fd, one, 0, 1, at - 1);
  return one[0] === 13;
}
