import { describe, expect, it } from 'vitest';
import { createCsvChunkReader, MAX_RECORD_BYTES } from '../../../../src/input/csv/csv-reader.js';
import { CsvSyntaxError, fieldText } from '../../../../src/input/csv/csv-record.js';

const LIMIT = 4096;

/** Feeds `text` in chunks of `size` bytes to a reader with a small record limit; the records read, or the error. */
function read(text: string, size = 1000): string[][] | CsvSyntaxError {
  const records: string[][] = [];
  const reader = createCsvChunkReader({ onRecord: (r) => records.push(Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i))), maxRecordBytes: LIMIT });
  const bytes = Buffer.from(text);
  try {
    for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
    reader.end();
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  return records;
}

describe('the longest record', () => {
  it('is 16 MiB by default', () => {
    expect(MAX_RECORD_BYTES).toBe(16 * 1024 * 1024);
  });

  it('a record under the limit is read whole, also across many chunks', () => {
    const long = 'x'.repeat(LIMIT - 10);
    expect(read(`a,b\n1,"${long}"\n2,3\n`, 7)).toEqual([['a', 'b'], ['1', long], ['2', '3']]);
  });

  it('an unclosed quote is reported where it opened, with its field, once the record outgrows the limit', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${i},row ${i}`).join('\n');
    const error = read(`a,b\n1,2\n3,"open\n${rows}\n`);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line: 3, field: 2, message: expect.stringMatching(/^a quoted field starts here and is still open after 4 KiB, fairgate's limit for one record; a closing double quote is probably missing/) });
  });

  it('a quote that opens after quoted line breaks in the same record names its own line', () => {
    const error = read(`a,b,c\n"x\ny",1,"open ${'z'.repeat(2 * LIMIT)}`);
    expect(error).toMatchObject({ line: 3, field: 3 });
  });

  it('a field without an end (no line break) names its record and field', () => {
    const error = read(`a,b,c\n1,2,3\n4,5,${'7'.repeat(2 * LIMIT)}`);
    expect(error).toMatchObject({ line: 3, field: 3, message: expect.stringMatching(/^this record is longer than 4 KiB, fairgate's limit for one record, without a line break/) });
  });
});
