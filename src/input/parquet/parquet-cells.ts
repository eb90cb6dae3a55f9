import type { DecodedArray } from 'hyparquet';
import type { FlatColumn } from './flat-column.js';
import { float32Decimal, type ParquetColumn } from './parquet-columns.js';

/**
 * A Parquet column's values as cells: each value's text (a number's or a
 * boolean's as written, a local time without its `Z`), and the number itself
 * for a column read as numbers. A dictionary-encoded column's cells are those
 * of its dictionary's entries, once each, and the rows' entries.
 */

/** A row group's cells of a column (a `DecodedArray` from hyparquet's reader, a `FlatColumn` from ours). */
export function rowGroupCells(data: DecodedArray | FlatColumn, column: ParquetColumn, isNumeric: boolean, cache: Map<unknown, string>, floats: Map<number, number>, buffers: CellBuffers): CellBuffers {
  if (!('dictionary' in data)) return columnCells(data, column, isNumeric, cache, floats, buffers);
  if (data.dictionary === undefined) return columnCells(data.values, column, isNumeric, cache, floats, buffers);
  // a new text list per dictionary: its identity tells a reader of the records that entries mean these texts
  const cells = columnCells(data.dictionary, column, isNumeric, cache, floats, { text: [], numbers: undefined, entries: undefined });
  cells.entries = data.entries;
  return cells;
}

/** A cell's text for a value of a text, number or boolean column (numbers of a column with few values come from a cache). */
export function textOf(value: unknown, cache: Map<unknown, string>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = cache.get(value);
  if (text === undefined) {
    text = String(value);
    if (cache.size < 4096) cache.set(value, text);
  }
  return text;
}

/** A column's cells for a list of values (into `cells`): text (null where `numbers` holds the number), and the numbers of a column read as numbers. */
export function columnCells(values: DecodedArray, column: ParquetColumn, isNumeric: boolean, cache: Map<unknown, string>, floats: Map<number, number>, cells: CellBuffers): CellBuffers {
  const { kind } = column;
  const n = values.length;
  const text = cells.text;
  text.length = n;
  if (isNumeric && (cells.numbers === undefined || cells.numbers.length < n)) cells.numbers = new Float64Array(n);
  const numbers = isNumeric ? cells.numbers : undefined;
  for (let r = 0; r < n; r++) {
    let value: unknown = values[r];
    if (kind === 'float32' && typeof value === 'number') {
      let decimal = floats.get(value);
      if (decimal === undefined) floats.set(value, (decimal = float32Decimal(value)));
      value = decimal;
    }
    if (numbers !== undefined && (typeof value === 'number' || typeof value === 'bigint')) {
      const x = Number(value);
      numbers[r] = x;
      text[r] = x === x ? null : 'NaN';
    } else {
      if (numbers !== undefined) numbers[r] = NaN;
      text[r] = typeof value === 'string' ? value : textOf(value, cache);
    }
  }
  // the parsers write every timestamp as an instant (…Z); a local one is written as it is
  if (column.isLocalTime) for (let r = 0; r < n; r++) text[r] = text[r]?.replace(/Z$/, '') ?? null;
  return cells;
}

/**
 * A column's cells, the buffers kept across row groups: row r's text and
 * number — or, with `entries`, row r's are those at `entries[r]` (−1: a null).
 */
export interface CellBuffers {
  text: (string | null)[];
  numbers: Float64Array | undefined;
  entries: Int32Array | undefined;
}
