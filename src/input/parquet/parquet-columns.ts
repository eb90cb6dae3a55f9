import type { SchemaTree } from 'hyparquet';

/**
 * How a top-level Parquet column's values become cells: text (strings,
 * dictionary-encoded or not, UUIDs, dates and timestamps as ISO 8601), numbers
 * (integers, doubles, decimals), 32-bit floats (read as the shortest decimal
 * that is the same float, as the writer saw it: 0.1f is 0.1, not
 * 0.10000000149011612) and booleans (`true`/`false`, which a decision or an
 * outcome reads as positive and negative). Nested columns (structs, lists,
 * maps) and types without a cell value (JSON, BSON, intervals, geometry,
 * variants) are `unsupported`: an error only when the audit reads them.
 */
export type CellKind = 'text' | 'number' | 'float32' | 'boolean' | 'unsupported';

export interface ParquetColumn {
  name: string;
  kind: CellKind;
  /** what the column is, for the error when an unsupported one is needed */
  what: string;
}

const UNSUPPORTED_TYPES = new Set(['JSON', 'BSON', 'INTERVAL', 'VARIANT', 'GEOMETRY', 'GEOGRAPHY', 'FILE', 'MAP', 'LIST', 'MAP_KEY_VALUE']);
const TEXT_TYPES = new Set(['DATE', 'TIME', 'TIME_MILLIS', 'TIME_MICROS', 'TIMESTAMP', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS', 'UUID', 'STRING', 'UTF8', 'ENUM']);

export function parquetColumn(tree: SchemaTree): ParquetColumn {
  const { element } = tree;
  const name = element.name;
  const annotation = element.logical_type?.type ?? element.converted_type;
  if (tree.children.length > 0 || element.repetition_type === 'REPEATED') {
    const shape = annotation === 'LIST' ? 'a list' : annotation === 'MAP' ? 'a map' : element.repetition_type === 'REPEATED' ? 'a repeated field' : 'a struct';
    return { name, kind: 'unsupported', what: `a nested column (${shape})` };
  }
  if (annotation !== undefined && UNSUPPORTED_TYPES.has(annotation)) return { name, kind: 'unsupported', what: `a ${annotation} column` };
  if (annotation === 'DECIMAL') return { name, kind: 'number', what: 'a DECIMAL column' };
  if (annotation !== undefined && TEXT_TYPES.has(annotation)) return { name, kind: 'text', what: `a ${annotation} column` };
  if (element.type === 'INT96') return { name, kind: 'text', what: 'an INT96 timestamp column' };
  if (element.type === 'BOOLEAN') return { name, kind: 'boolean', what: 'a BOOLEAN column' };
  if (element.type === 'FLOAT') return { name, kind: 'float32', what: 'a FLOAT column' };
  if (element.type === 'DOUBLE' || element.type === 'INT32' || element.type === 'INT64') return { name, kind: 'number', what: `an ${element.type} column` };
  if (element.logical_type?.type === 'FLOAT16') return { name, kind: 'number', what: 'a FLOAT16 column' };
  return { name, kind: 'text', what: `a ${element.type ?? 'BYTE_ARRAY'} column` };
}

/** The error for a needed column fairgate cannot read. */
export function unsupportedColumnMessage(column: ParquetColumn): string {
  return `column "${column.name}" is ${column.what}, which fairgate cannot audit: it reads strings, numbers, decimals and booleans; flatten or cast it in the export (e.g. SELECT CAST(${column.name} AS VARCHAR))`;
}

/** The shortest decimal that rounds to the same 32-bit float (what the writer of a FLOAT column meant). */
export function float32Decimal(value: number): number {
  if (!Number.isFinite(value)) return value;
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return Number(value.toPrecision(9));
}
