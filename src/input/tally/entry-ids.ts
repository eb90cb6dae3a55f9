import type { CsvRecord } from '../csv/csv-record.js';

/**
 * A column's cell as its interned id, decoded once per dictionary entry: a
 * record whose field holds an entry of a list (`entries`, `dictionaries`, from
 * a dictionary-encoded Parquet column) takes the id found for that entry the
 * first time; a new list starts afresh. Any other cell is decoded by `idOf`
 * as ever, which also decides the ids of the entries (and throws its errors).
 */
export function entryIds(index: number, idOf: (record: CsvRecord) => number): (record: CsvRecord) => number {
  let list: readonly unknown[] | undefined;
  let ids = new Int32Array(0);
  return (record) => {
    const entry = record.entries === undefined ? -1 : record.entries[index]!;
    if (entry < 0) return idOf(record);
    const dictionary = record.dictionaries?.[index];
    if (dictionary === undefined) return idOf(record);
    if (dictionary !== list) {
      list = dictionary;
      if (ids.length < dictionary.length) ids = new Int32Array(dictionary.length);
      ids.fill(-1, 0, dictionary.length);
    }
    if (entry >= dictionary.length) return idOf(record);
    const known = ids[entry]!;
    return known >= 0 ? known : (ids[entry] = idOf(record));
  };
}
