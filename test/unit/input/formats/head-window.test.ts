import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DELIMITER_SNIFF_BYTES } from '../../../../src/input/csv/sniff-delimiter.js';
import { readTextLayout } from '../../../../src/input/formats/text-layout.js';
import { readText } from '../../../helpers/text-input.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function layoutOf(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  try {
    return readTextLayout(fd, bytes.length, name, { delimiter: null, decimalComma: null });
  } finally {
    closeSync(fd);
  }
}

describe('one pass and the worker threads look at the same first bytes', () => {
  it('JSON Lines: a key first seen after the first 64 KiB is not a column, however the input is chunked', () => {
    const early = '{"a":1,"g":"x"}\n'.repeat(Math.ceil((DELIMITER_SNIFF_BYTES + 100) / 16));
    const bytes = Buffer.from(`\ufeff${early}{"a":2,"g":"y","late":3}\n`);
    for (const chunks of [[bytes.length], [1 << 20], [4096], [7]]) expect(readText('x.jsonl', bytes, chunks).header).toEqual(['a', 'g']);
    expect(layoutOf('x.jsonl', bytes)?.layout.header).toEqual(['a', 'g']);
  });

  it('delimited text: the separator is found from the same records, however the input is chunked', () => {
    // 100 sampled records of `;` text whose records are long: the sample ends inside the first 64 KiB or not, the same in both
    const record = `${'x'.repeat(700)};1\n`;
    const bytes = Buffer.from(`name;n\n${record.repeat(120)}`);
    for (const chunks of [[bytes.length], [1000]]) expect(readText('x.csv', bytes, chunks).facts?.notice).toMatch(/^read as ';'-separated, as the header and the first 93 records show/);
    expect(layoutOf('x.csv', bytes)?.layout.separator).toBe(59);
  });
});
