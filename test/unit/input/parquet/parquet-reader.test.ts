import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldText } from '../../../../src/input/csv/csv-record.js';
import { float32Decimal } from '../../../../src/input/parquet/parquet-columns.js';
import { openParquet } from '../../../../src/input/parquet/parquet-file.js';
import { scanParquet } from '../../../../src/input/parquet/read-parquet.js';
import { splitGroups } from '../../../../src/input/tally/parquet-tally.js';
import { DUCKDB_CODECS, writeParquet } from '../../../helpers/parquet-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of a Parquet file as the tally sees it: the text of the columns `read`, and the numbers of those read as numbers. */
async function rowsOf(file: string, read: string[], numeric: string[] = []) {
  const rows: { text: string[]; numbers: (number | null)[]; line: number }[] = [];
  let header: string[] = [];
  await scanParquet(file, (names) => {
    header = names;
    return {
      used: new Set(read.map((c) => names.indexOf(c))),
      numeric: new Set(numeric.map((c) => names.indexOf(c))),
      sampleRows: 0,
      onRecord(r) {
        const at = read.map((c) => header.indexOf(c));
        rows.push({ text: at.map((i) => fieldText(r, i)), numbers: at.map((i) => (r.numbers![i] === r.numbers![i] ? r.numbers![i]! : null)), line: r.line });
      },
    };
  });
  return { header, rows };
}

/** One value of each type a fairness table holds, and the cell each becomes. */
const TYPED = `SELECT * FROM (VALUES
  ('Female', true, 1::TINYINT, 1::BIGINT, 0.82::DOUBLE, 0.1::FLOAT, 0.8200::DECIMAL(6,4), DATE '2024-03-01', TIMESTAMP '2024-03-01 12:30:00', 'a'::ENUM('a','b'), [1, 2], {'x': 1}),
  (NULL, false, 0::TINYINT, 0::BIGINT, 1e-7::DOUBLE, 0.3::FLOAT, 0.0500::DECIMAL(6,4), NULL, NULL, 'b'::ENUM('a','b'), NULL, NULL),
  ('Male', NULL, NULL, NULL, NULL, NULL, NULL, DATE '1999-12-31', NULL, NULL, [], {'x': 2})
) t(gender, flag, tiny, big, score, f32, dec, day, ts, kind, list, struct)`;
const FLAT = ['gender', 'flag', 'tiny', 'big', 'score', 'f32', 'dec', 'day', 'ts', 'kind'];

describe('Parquet values as cells', () => {
  it('maps each logical type as a user expects: strings, true/false, integers, doubles, floats as written, decimals, ISO dates, NULL as an empty cell', async () => {
    const file = path.join(dir, 'typed.parquet');
    await writeParquet(TYPED, file);
    const { header, rows } = await rowsOf(file, FLAT);
    expect(header).toEqual([...FLAT, 'list', 'struct']);
    expect(rows.map((r) => r.text)).toEqual([
      ['Female', 'true', '1', '1', '0.82', '0.1', '0.82', '2024-03-01', '2024-03-01T12:30:00.000Z', 'a'],
      ['', 'false', '0', '0', '1e-7', '0.3', '0.05', '', '', 'b'],
      ['Male', '', '', '', '', '', '', '1999-12-31', '', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('hands the columns read as numbers over as numbers (a 32-bit float as its shortest decimal), NULL as no number', async () => {
    const file = path.join(dir, 'numbers.parquet');
    await writeParquet(TYPED, file);
    const { rows } = await rowsOf(file, ['score', 'f32', 'dec', 'big'], ['score', 'f32', 'dec', 'big']);
    expect(rows.map((r) => r.numbers)).toEqual([
      [0.82, 0.1, 0.82, 1],
      [1e-7, 0.3, 0.05, 0],
      [null, null, null, null],
    ]);
  });

  it.each(DUCKDB_CODECS)('reads a file compressed with %s (dictionary-encoded strings, several row groups)', async (codec) => {
    const file = path.join(dir, `codec-${codec}.parquet`);
    await writeParquet(`SELECT CASE WHEN range % 7 = 0 THEN NULL ELSE ['A', 'B', 'C'][range % 3 + 1] END AS g, (range % 1000) / 1000 AS s FROM range(5000)`, file, codec, 2048);
    const pq = await openParquet(file);
    pq.close();
    expect(pq.groupRows).toEqual([2048, 2048, 904]);
    const meta = pq.metadata.row_groups[0]!.columns[0]!.meta_data!;
    expect(meta.codec).toBe(codec === 'lz4' ? 'LZ4_RAW' : codec.toUpperCase());
    expect(meta.encodings).toContain('PLAIN_DICTIONARY');
    const { rows } = await rowsOf(file, ['g', 's'], ['s']);
    expect(rows).toHaveLength(5000);
    rows.forEach((r, i) => {
      expect(r.text[0]).toBe(i % 7 === 0 ? '' : ['A', 'B', 'C'][i % 3]);
      expect(r.numbers[1]).toBe((i % 1000) / 1000);
      expect(r.line).toBe(i + 2);
    });
  });

  it('refuses a nested column only when it is read', async () => {
    const file = path.join(dir, 'nested.parquet');
    await writeParquet(TYPED, file);
    await expect(rowsOf(file, ['gender'])).resolves.toBeDefined();
    await expect(rowsOf(file, ['gender', 'list'])).rejects.toThrow(
      'column "list" is a nested column (a list), which fairgate cannot audit: it reads strings, numbers, decimals and booleans; flatten or cast it in the export (e.g. SELECT CAST(list AS VARCHAR))',
    );
    await expect(rowsOf(file, ['struct'])).rejects.toThrow('column "struct" is a nested column (a struct), which fairgate cannot audit');
  });
});

describe('damaged and other files', () => {
  it('a file cut short (its footer lost), a file that only starts like Parquet, and one that is not Parquet at all', async () => {
    const file = path.join(dir, 'whole.parquet');
    await writeParquet('SELECT range AS a FROM range(100)', file);
    const bytes = readFileSync(file);
    const cut = path.join(dir, 'cut.parquet');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
    const CUT = 'the Parquet file is cut short or damaged: it does not end with the Parquet footer (the metadata and the 4 bytes PAR1 that close every Parquet file), as when a copy or an export stopped early; copy or export it again';
    await expect(rowsOf(cut, ['a'])).rejects.toThrow(CUT);
    const stub = path.join(dir, 'stub.parquet');
    writeFileSync(stub, 'PAR1');
    await expect(rowsOf(stub, ['a'])).rejects.toThrow('the Parquet file (4 bytes) is cut short or damaged');
    const damaged = path.join(dir, 'damaged.parquet');
    writeFileSync(damaged, Buffer.concat([bytes.subarray(0, bytes.length - 8), Buffer.from([0xff, 0xff, 0xff, 0x7f]), Buffer.from('PAR1')]));
    await expect(rowsOf(damaged, ['a'])).rejects.toThrow(/^the Parquet footer \(the file's metadata\) cannot be read, so the file is damaged \(.*\); export it again$/);
    const csv = path.join(dir, 'text.parquet');
    writeFileSync(csv, 'a,b\n1,2\n');
    await expect(rowsOf(csv, ['a'])).rejects.toThrow('this is not a Parquet file: it does not start with the 4 bytes PAR1');
  });
});

describe('helpers', () => {
  it('a 32-bit float is the shortest decimal that is the same float', () => {
    expect([0.1, 0.82, 1 / 3, 16777217, 1e-7].map((x) => float32Decimal(Math.fround(x)))).toEqual([0.1, 0.82, 0.33333334, 16777216, 1e-7]);
  });

  it('row groups split into runs of about equal rows', () => {
    expect(splitGroups([10, 10, 10, 10], 2)).toEqual([0, 2, 4]);
    expect(splitGroups([100, 1, 1, 1], 2)).toEqual([0, 1, 4]);
    expect(splitGroups([5], 4)).toEqual([0, 1]);
    expect(splitGroups([3, 3, 3], 8)).toEqual([0, 1, 2, 3]);
  });
});
