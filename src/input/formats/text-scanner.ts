import type { ChunkReaderOptions } from '../csv/csv-reader.js';
import type { CsvRecord } from '../csv/csv-record.js';
import { createCsvScanner, type CsvScanner } from '../csv/scan-csv.js';
import { chooseDelimiter, DELIMITER_SNIFF_BYTES, delimiterNotice } from '../csv/sniff-delimiter.js';
import { jsonlHeader, looksLikeJsonLines } from '../jsonl/jsonl-header.js';
import { createJsonlScanner, type JsonlScanner } from '../jsonl/scan-jsonl.js';
import { formatOfName, type ReadFacts, type TextDialect } from './input-format.js';

/** A text input's scanner, made from its first bytes, and what they showed. */
export interface TextScannerChoice {
  scannerFromHead: NonNullable<ChunkReaderOptions['scannerFromHead']>;
  /** how the input is read; known once the scanner is made */
  facts(): ReadFacts | undefined;
  /** the JSON Lines scanner, told the columns the audit reads once the header is known */
  jsonl(): JsonlScanner | undefined;
}

/** The layout of a text input from its first bytes: JSON Lines (with its columns) or delimited text (with its separator). */
export type TextLayoutChoice = { format: 'jsonl'; header: string[]; facts: ReadFacts } | { format: 'csv'; separator: number; facts: ReadFacts };

export function chooseTextLayout(name: string, dialect: TextDialect, head: Buffer, isLast: boolean): TextLayoutChoice {
  const byName = formatOfName(name);
  if (byName?.format === 'jsonl' || (byName === undefined && looksLikeJsonLines(head))) {
    return { format: 'jsonl', header: jsonlHeader(head, isLast), facts: { format: 'jsonl', decimalComma: dialect.decimalComma ?? false } };
  }
  const choice = chooseDelimiter(head, isLast, { separator: dialect.delimiter ?? byName?.delimiter ?? null, decimalComma: dialect.decimalComma });
  const notice = delimiterNotice(choice);
  return { format: 'csv', separator: choice.separator.charCodeAt(0), facts: { format: 'csv', decimalComma: choice.decimalComma, ...(notice ? { notice } : {}) } };
}

/** Delimited text or JSON Lines, decided on the first bytes (after a byte order mark), gzip already undone. */
export function chooseTextScanner(name: string, dialect: TextDialect, onRecord: (record: CsvRecord) => void): TextScannerChoice {
  let facts: ReadFacts | undefined;
  let jsonl: JsonlScanner | undefined;
  return {
    scannerFromHead: {
      bytes: DELIMITER_SNIFF_BYTES,
      create(head, isLast): CsvScanner {
        const layout = chooseTextLayout(name, dialect, head, isLast);
        facts = layout.facts;
        if (layout.format === 'csv') return createCsvScanner({ onRecord, separator: layout.separator });
        return (jsonl = createJsonlScanner({ onRecord, header: layout.header, isHeaderEmitted: true }));
      },
    },
    facts: () => facts,
    jsonl: () => jsonl,
  };
}
