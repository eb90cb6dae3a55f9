import { readSync } from 'node:fs';
import { byteOrderMark } from '../csv/csv-reader.js';
import { readLayout, type FileLayout } from '../csv/file-layout.js';
import { DELIMITER_SNIFF_BYTES } from '../csv/sniff-delimiter.js';
import type { ReadFacts, TextDialect } from './input-format.js';
import { chooseTextLayout } from './text-scanner.js';

/** A text file's layout for worker threads: delimited text (its header record scanned) or JSON Lines (its columns from the first objects). */
export interface TextLayout {
  format: 'csv' | 'jsonl';
  layout: FileLayout;
  facts: ReadFacts;
}

/**
 * The format, separator and header of a text file from its first bytes, as
 * one pass would find them (see text-scanner.ts); undefined when there is no
 * header (an empty file: the one-thread read reports it).
 */
export function readTextLayout(fd: number, size: number, name: string, dialect: TextDialect): TextLayout | undefined {
  const head = Buffer.allocUnsafe(Math.min(size, DELIMITER_SNIFF_BYTES + 3));
  let n = 0;
  while (n < head.length) {
    const read = readSync(fd, head, n, head.length - n, n);
    if (read === 0) break;
    n += read;
  }
  const bom = byteOrderMark(head, 0, n);
  // the same first bytes as one pass looks at (csv-reader.ts), the whole file only when it is that short
  const to = Math.min(n, bom + DELIMITER_SNIFF_BYTES);
  const choice = chooseTextLayout(name, dialect, head.subarray(bom, to), to >= size);
  if (choice.format === 'jsonl') {
    if (choice.header.length === 0) return undefined;
    return { format: 'jsonl', facts: choice.facts, layout: { header: choice.header, dataStart: bom, delimiter: 'lf', headerBreaks: 0, separator: 44 } };
  }
  const layout = readLayout(fd, size, choice.separator);
  return layout && { format: 'csv', layout, facts: choice.facts };
}
