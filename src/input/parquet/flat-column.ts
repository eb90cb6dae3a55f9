import type { Compressors, DecodedArray, ParquetParsers } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel, getSchemaPath, isFlatColumn } from 'hyparquet/src/schema.js';
import type { ParquetFile } from './parquet-file.js';

/**
 * One row group's cells of a flat (top-level, not repeated, not nested)
 * column, decoded page by page with hyparquet's own page functions, straight
 * into a buffer the caller keeps across row groups. hyparquet's column reader
 * sends every page of an optional column through its nested-list assembly
 * (one push per row); a flat column needs none: a row's value is the page's
 * next value, or null where its definition level says missing.
 *
 * The values are those of hyparquet's reader (the same dictionary, parsers
 * and conversions). `undefined` when the column is not flat or the pages do
 * not hold the row group's rows: the caller then reads it with hyparquet's
 * reader, which also makes any error (a damaged page) the one it has always been.
 */
export async function readFlatColumn(pq: ParquetFile, group: number, name: string, parsers: Partial<ParquetParsers>, compressors: Compressors, out: FlatColumn): Promise<FlatColumn | undefined> {
  const schemaPath = getSchemaPath(pq.metadata.schema, [name]);
  const chunk = pq.metadata.row_groups[group]?.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
  const meta = chunk?.meta_data;
  if (!meta || chunk.file_path || !isFlatColumn(schemaPath)) return undefined;
  const rows = pq.groupRows[group]!;
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const buffer = await pq.file.slice(start, start + Number(meta.total_compressed_size));
  const element = schemaPath[1]!.element;
  const decoder = { pathInSchema: [name], type: meta.type, element, schemaPath, codec: meta.codec, parsers: { ...DEFAULT_PARSERS, ...parsers }, compressors };
  const maxDefinition = getMaxDefinitionLevel(schemaPath);
  const reader = { view: new DataView(buffer), offset: 0 };
  let dictionary: DecodedArray | undefined;
  let row = 0;
  out.dictionary = undefined;
  if (out.entries.length < rows) out.entries = new Int32Array(rows);
  const { values } = out;
  values.length = rows;
  while (row < rows && reader.offset < reader.view.byteLength - 1) {
    const header = parquetHeader(reader);
    const bytes = new Uint8Array(buffer, reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    const size = Number(header.uncompressed_page_size);
    let page: { definitionLevels?: number[]; dataPage: DecodedArray };
    let encoding;
    if (header.type === 'DICTIONARY_PAGE' && header.dictionary_page_header) {
      const plain = decompressPage(bytes, size, meta.codec, compressors);
      const view = new DataView(plain.buffer, plain.byteOffset, plain.byteLength);
      dictionary = convert(readPlain({ view, offset: 0 }, meta.type, header.dictionary_page_header.num_values, element.type_length), decoder);
      // entries (not values) while every page so far refers to this dictionary
      if (row === 0) out.dictionary = dictionary;
      continue;
    } else if (header.type === 'DATA_PAGE' && header.data_page_header) {
      page = readDataPage(decompressPage(bytes, size, meta.codec, compressors), header.data_page_header, decoder);
      encoding = header.data_page_header.encoding;
    } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
      page = readDataPageV2(bytes, header, decoder);
      encoding = header.data_page_header_v2.encoding;
    } else return undefined;
    const isEntries = out.dictionary !== undefined && out.dictionary === dictionary && encoding.endsWith('_DICTIONARY');
    if (!isEntries && out.dictionary !== undefined) toValues(out, row);
    const data = isEntries ? page.dataPage : convertWithDictionary(page.dataPage, dictionary, encoding, decoder);
    const into: { [row: number]: unknown } = isEntries ? out.entries : values;
    const missing = isEntries ? -1 : null;
    const levels = page.definitionLevels;
    if (levels?.length) {
      if (row + levels.length > rows) return undefined;
      for (let i = 0, v = 0; i < levels.length; i++) into[row++] = levels[i] === maxDefinition ? data[v++] : missing;
    } else {
      if (row + data.length > rows) return undefined;
      for (let i = 0; i < data.length; i++) into[row++] = data[i];
    }
  }
  return row === rows ? out : undefined;
}

/** The rows so far as values, when a page stops referring to the dictionary (a writer's fallback to plain pages). */
function toValues(out: FlatColumn, rows: number): void {
  const { dictionary, entries, values } = out;
  for (let r = 0; r < rows; r++) values[r] = entries[r]! < 0 ? null : dictionary![entries[r]!];
  out.dictionary = undefined;
}

/**
 * A column's cells for a row group: with a `dictionary`, row r is entry
 * `entries[r]` of it (−1: null); without, row r is `values[r]`. Its arrays are
 * reused from one row group to the next.
 */
export interface FlatColumn {
  dictionary: DecodedArray | undefined;
  entries: Int32Array;
  values: unknown[];
}
