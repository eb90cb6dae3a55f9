import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { tallyInput } from '../../../../src/pipeline/audit.js';
import { readCsv, type InputSource } from '../../../../src/input/csv/read-csv.js';
import { testConfig } from '../../../helpers/rows.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-gzip-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = Array.from({ length: 30000 }, (_, i) => `${'ABC'[i % 3]},${i % 2},${(i >> 1) % 2},0.${String(i % 997).padStart(3, '0')}`);
const TEXT = `g,d,y,s\n${rows.join('\n')}\n`;
const GZ = gzipSync(TEXT);

/** Standard input delivered in small chunks, as a pipe does. */
function streamInput(bytes: Buffer, size: number): InputSource {
  const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.subarray(k * size, (k + 1) * size));
  return { name: '-', open: () => Readable.from(chunks) };
}

describe('gzip through the library', () => {
  it('progress counts the compressed bytes as given (what the progress bar compares with the file size), ending at the total', async () => {
    const seen: number[] = [];
    const run = await tallyInput(testConfig(), streamInput(GZ, 4096), { onProgress: ({ bytes }) => seen.push(bytes) });
    expect(run.bytes).toBe(GZ.length);
    expect(run.table.rowsRead).toBe(30000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((b, i) => b <= GZ.length && (i === 0 || b >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(GZ.length);
  });

  it('a gzip file, a gzip stream whose magic number comes in 1-byte chunks and the plain text give the same tallies', async () => {
    const file = path.join(dir, 'x.gz');
    writeFileSync(file, GZ);
    const fromFile = await tallyInput(testConfig(), { name: 'x.gz', path: file, open: () => Readable.from([GZ]) });
    const trickle: InputSource = { name: '-', open: () => Readable.from([GZ.subarray(0, 1), GZ.subarray(1, 2), GZ.subarray(2, 3), GZ.subarray(3)]) };
    const fromStream = await tallyInput(testConfig(), trickle);
    const plain = await tallyInput(testConfig(), streamInput(Buffer.from(TEXT), 65536));
    expect(fromFile.table).toEqual(plain.table);
    expect(fromStream.table).toEqual(plain.table);
    expect(fromStream.sha256).toBe(fromFile.sha256);
    await expect(tallyInput(testConfig(), streamInput(GZ.subarray(0, 64), 1))).rejects.toThrow(/^-: the gzip data is damaged or cut short \(zlib: unexpected end of file\)/);
  });

  it('readCsv (every field as text, for passes other than the tally) reads gzip too', async () => {
    const records: string[][] = [];
    let header: string[] = [];
    await readCsv(streamInput(gzipSync('a,b\n"x,1",2\n3,4\n'), 7), { header: (h) => (header = h), record: (r) => records.push(r) });
    expect(header).toEqual(['a', 'b']);
    expect(records).toEqual([['x,1', '2'], ['3', '4']]);
  });
});
