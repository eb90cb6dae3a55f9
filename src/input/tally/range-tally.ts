import type { AuditConfig } from '../../model/config.js';
import type { TallyTable } from '../../core/types.js';
import { InputError, type ColumnRef } from '../../model/errors.js';
import { createCsvChunkReader } from '../csv/csv-reader.js';
import { columnRef } from '../csv/read-csv.js';
import type { DecoderFacts } from '../decode/decoder-facts.js';
import type { IdentifierColumn } from '../decode/identifier-columns.js';
import { createRecordTally, usedColumns } from './tally-records.js';
import { createJsonlScanner } from '../jsonl/scan-jsonl.js';
import type { RankLists } from '../decode/rank-reader.js';
import type { SelectionSummary } from '../../model/sections.js';
import { CsvSyntaxError, type CsvRecord, type RecordDelimiter } from '../csv/csv-record.js';

/** A part [from, to) of a file to tally, in this thread or a worker's: what every reader's task holds. */
export interface TallyTask {
  path: string;
  /** the input's name in messages */
  file: string;
  from: number;
  to: number;
  header: string[];
  config: AuditConfig;
  /** the score cut-off found by a first pass (plain data, so that it reaches worker threads) */
  selection?: SelectionSummary;
}

/** One byte range of a CSV file to tally: records that start in [from, to). */
export interface RangeTask extends TallyTask {
  delimiter: RecordDelimiter;
  /** delimited text (with this field separator), or JSON Lines */
  format: 'csv' | 'jsonl';
  separator: number;
  fieldCount: number;
  /** the byte before `from` is a lone CR (CR-delimited files) */
  isAfterCr: boolean;
}

/** A problem in the range, its line counted from the range's first line (1). */
export interface RangeProblem {
  line: number | undefined;
  detail: string;
  column?: ColumnRef;
}

export interface RangeResult {
  table: TallyTable;
  facts: DecoderFacts;
  /** where the first record not tallied starts: `to` exactly when `to` was a record boundary */
  stop: number;
  /** line breaks from `from` to `stop` */
  breaks: number;
  error?: RangeProblem;
  /** identifier-looking columns (by header, and by the values of the range's first rows: the file's for the first range) */
  identifiers: IdentifierColumn[];
  /** the range's ranked lists (runs with a rank column) */
  rankLists?: RankLists;
}

const READ_SIZE = 1 << 20;

/** Reads file bytes at a position (synchronously in workers, asynchronously in the main thread). */
export interface RangeIo {
  read(buf: Buffer, offset: number, length: number, position: number): number | Promise<number>;
  /** every chunk read, in file order (the main thread hashes them) */
  onChunk?(chunk: Buffer, position: number): void;
  onProgress?(bytes: number, rows: number): void;
}

/**
 * Tallies a range of a file. The last record may end past `to`: it is read
 * to its end.
 */
export async function tallyRange(task: RangeTask, io: RangeIo): Promise<RangeResult> {
  const tally = createRecordTally(task.header, task.config, task.file, task.selection ? { selection: task.selection } : {});
  const reader = createCsvChunkReader({
    onRecord: tally.onRecord,
    ...(task.format === 'jsonl' ? { scannerFromHead: jsonlScanner(task, tally.onRecord) } : {}),
    separator: task.separator,
    delimiter: task.delimiter,
    fieldCount: task.fieldCount,
    isAfterCr: task.isAfterCr,
    isFileStart: false,
    stopBefore: task.to - task.from,
    onProgress: io.onProgress ? (bytes) => io.onProgress!(bytes, tally.rows) : undefined,
  });
  let error: RangeProblem | undefined;
  try {
    for (let position = task.from; !reader.isDone; ) {
      const room = reader.space(1 << 18);
      const n = await io.read(room.buf, room.offset, Math.min(room.length, READ_SIZE), position);
      if (n === 0) {
        reader.end();
        break;
      }
      io.onChunk?.(room.buf.subarray(room.offset, room.offset + n), position);
      position += n;
      reader.commit(n);
    }
  } catch (caught) {
    error = rangeProblem(caught, task.header);
  }
  const lists = tally.rankLists();
  const result = { table: tally.finish(), facts: tally.rules.facts, stop: task.from + reader.position, breaks: reader.scanner.line - 1, identifiers: tally.identifiers(), ...(lists ? { rankLists: lists } : {}) };
  return error ? { ...result, error } : result;
}

/** A range of JSON Lines: the columns known, no header record; a nested value is an error in the columns the audit reads. */
function jsonlScanner(task: RangeTask, onRecord: (record: CsvRecord) => void) {
  return {
    bytes: 0,
    create() {
      const scanner = createJsonlScanner({ onRecord, header: task.header, isHeaderEmitted: false });
      scanner.setNeeded(usedColumns(task.header, task.config, task.file));
      return scanner;
    },
  };
}

function rangeProblem(error: unknown, header: readonly string[]): RangeProblem {
  if (error instanceof CsvSyntaxError) return { line: error.line, detail: `malformed ${error.format}: ${error.message}`, ...columnRef(error.field, header) };
  if (error instanceof InputError) return { line: error.line, detail: error.detail, ...(error.column ? { column: error.column } : {}) };
  throw error;
}
