import { describe, expect, it } from 'vitest';
import { isGzip, sniffStart, UnreadableInputError } from '../../../../src/input/csv/sniff-bytes.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const sniff = (buf: Uint8Array) => sniffStart(buf, 0, buf.length);
const refusal = (buf: Uint8Array): UnreadableInputError => {
  try {
    sniff(buf);
  } catch (error) {
    if (error instanceof UnreadableInputError) return error;
    throw error;
  }
  throw new Error('expected the input to be refused');
};
const CSV = 'gender,targeted,converted,score\nFemale,1,0,0.25\nMale,0,1,0.75\n';

describe('the first bytes of an input', () => {
  it('UTF-8 text passes; a UTF-8 byte order mark is skipped', () => {
    expect(sniff(bytes(CSV))).toBe(0);
    expect(sniff(bytes(`\ufeff${CSV}`))).toBe(3);
    expect(sniff(bytes('BZh,PAR1,%PD\n1,2,3\n'))).toBe(0); // text that merely starts like a signature
  });

  it('UTF-16 and UTF-32, with or without a byte order mark, are named with the iconv call that converts them', () => {
    const le = Buffer.from(CSV, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(refusal(Buffer.concat([Buffer.of(0xff, 0xfe), le])).message).toBe(
      'the file is UTF-16LE encoded (it starts with a byte order mark); fairgate reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8 in.csv > out.csv',
    );
    expect(refusal(Buffer.concat([Buffer.of(0xfe, 0xff), be])).message).toMatch(/^the file is UTF-16BE encoded \(it starts with a byte order mark\)/);
    expect(refusal(le).message).toBe(
      'the file is UTF-16LE encoded (a NUL byte beside each character, no byte order mark); fairgate reads UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8 in.csv > out.csv',
    );
    expect(refusal(be).message).toMatch(/^the file is UTF-16BE encoded .*iconv -f UTF-16BE /);
    const utf32le = Buffer.from([...CSV].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]));
    expect(refusal(utf32le).message).toMatch(/^the file is UTF-32LE encoded/);
    expect(refusal(Buffer.concat([Buffer.of(0xff, 0xfe, 0, 0), utf32le])).message).toMatch(/^the file is UTF-32LE encoded \(it starts with a byte order mark\).*iconv -f UTF-32 /);
  });

  it('binary formats are named by their signature', () => {
    const png = Buffer.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(refusal(png).message).toBe('this is not a CSV file: it starts like a PNG image; fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet');
    expect(refusal(Buffer.from('PK\x03\x04\x14\x00', 'latin1')).message).toMatch(/a ZIP archive \(an \.xlsx or \.ods workbook is one: save the sheet as CSV, UTF-8\)/);
    expect(refusal(bytes('%PDF-1.7\n%\u00e2\u00e3\n')).message).toMatch(/a PDF document/);
    expect(refusal(Buffer.of(0x1f, 0x8b, 8, 0)).message).toMatch(/compressed twice/);
    expect(refusal(bytes('BZh91AY&SY\u0001')).message).toMatch(/bzip2/);
  });

  it('NUL bytes in the header or several of them make a binary file, named with the line; one NUL in a data row is left to the scanner', () => {
    expect(refusal(bytes('g,d\u0000,y\n1,2,3\n'))).toMatchObject({ line: 1, message: expect.stringMatching(/^a NUL byte \(0x00\) at byte 4 of the file, .*binary file/) });
    expect(refusal(bytes('g,d,y\n1,2,3\r\n4\u0000,5,6\n\u0000'))).toMatchObject({ line: 3 });
    expect(sniff(bytes('g,d,y\n1,2,3\n4\u0000,5,6\n'))).toBe(0);
  });

  it('gzip is recognised by its magic number', () => {
    expect(isGzip(Buffer.of(0x1f, 0x8b, 8))).toBe(true);
    expect(isGzip(Buffer.of(0x1f))).toBe(false);
    expect(isGzip(bytes(CSV))).toBe(false);
  });
});
