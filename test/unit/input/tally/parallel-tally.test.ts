import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLayout } from '../../../../src/input/csv/file-layout.js';
import { tallyInParallel } from '../../../../src/input/tally/parallel-tally.js';
import { tallyInput } from '../../../../src/pipeline/audit.js';
import { testConfig } from '../../../helpers/rows.js';
import { tableNumbers } from '../../../helpers/tables.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-ranges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = testConfig({ groups: ['g'] });
const rows = Array.from({ length: 400 }, (_, i) => `${i % 3 ? 'A' : 'B'},"note ${i}\nsecond line",${i % 2},${i % 5 ? 0 : 1},0.${(i * 7919) % 1000}`);
const text = ['g,note,d,y,s', ...rows].join('\n') + '\n';
const file = path.join(dir, 'quoted.csv');
writeFileSync(file, text);

function layoutOf() {
  const fd = openSync(file, 'r');
  try {
    const layout = readLayout(fd, text.length)!;
    return { ...layout, delimiter: layout.delimiter! };
  } finally {
    closeSync(fd);
  }
}

describe('ranges split inside a quoted field', () => {
  it('are detected and the rest is tallied again from the last proven record boundary', async () => {
    const layout = layoutOf();
    const single = await tallyInput(config, { name: 'quoted.csv', path: file, open: () => { throw new Error('unused'); } }, { threads: 1 });
    // A split just after the line break inside row 200's quoted note: not a record boundary.
    const inside = text.indexOf('note 200\n') + 'note 200\n'.length;
    const boundary = text.indexOf('\nA,"note 300') + 1;
    for (const offsets of [[layout.dataStart, inside], [layout.dataStart, boundary], [layout.dataStart, inside, boundary]]) {
      const parallel = await tallyInParallel(config, { path: file, file: 'quoted.csv', size: text.length, layout, offsets, format: 'csv' });
      expect(parallel.sha256).toBe(single.sha256);
      expect(parallel.table.rowsRead).toBe(400);
      expect(tableNumbers(parallel.table)).toEqual(tableNumbers(single.table));
    }
  });
});

describe('a CR-delimited file whose lines start with LF (a CRLF file after a stray CR before its header)', () => {
  it('counts each CR LF as one line break in the first range too, so errors name the line one thread names', async () => {
    const crFile = path.join(dir, 'cr-lf.csv');
    const good = Array.from({ length: 200 }, (_, i) => `${'AB'[i % 2]},${i % 2},1,0.5`);
    writeFileSync(crFile, `\rg,d,y,s\r\n${good.slice(0, 5).join('\r\n')}\r\nA,1,1,"0.5\r\nx"y\r\n${good.join('\r\n')}\r\n`);
    const source = { name: 'cr-lf.csv', path: crFile, open: () => { throw new Error('unused'); } };
    const one = await tallyInput(config, source, { threads: 1 }).catch((e: Error) => e.message);
    expect(one).toMatch(/^cr-lf\.csv, line 9, column 4 \(s\): malformed CSV: unexpected "y" after the closing quote/);
    for (const threads of [2, 3]) expect(await tallyInput(config, source, { threads }).catch((e: Error) => e.message)).toBe(one);
  });
});
