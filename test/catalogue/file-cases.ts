import { gzipSync } from 'node:zlib';
import { csvLines, fixed, HEADER, padded, ROWS, withRows, type CatalogueCase } from './case.js';

const plain = withRows([]);
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const TEXT = plain(0).toString();
const UTF16 = "the file is UTF-16LE encoded (it starts with a byte order mark); fairgate reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8 in.csv > out.csv";
const NOT_UTF8 = 'fairgate reads UTF-8 text and will not guess an encoding (a wrong guess would invent group names): if the file is Latin-1 or Windows-1252 (as Excel writes "CSV"), convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv';
const ALL = ['file', 'threads', 'stdin'] as const;

/** Files that cannot be opened, are empty, or are not UTF-8 CSV text; and the encodings and line endings that are accepted. */
export const FILE_CASES: readonly CatalogueCase[] = [
  { input: 'the file does not exist', data: { kind: 'missing' }, name: 'missing.csv', stderr: 'fairgate: missing.csv: file not found; check the path (use - to read standard input)\n', exit: 2, paths: ['file', 'threads'] },
  { input: 'a directory', data: { kind: 'directory' }, name: 'exports', stderr: 'fairgate: exports: is a directory; give a CSV file\n', exit: 2, paths: ['file', 'threads'] },
  { input: 'an empty file (0 bytes)', data: fixed(''), stderr: 'fairgate: data.csv: the file is empty; expected a header line and rows\n', exit: 2, paths: ALL },
  { input: 'only a UTF-8 byte order mark and blank lines', data: fixed('\ufeff\r\n\r\n'), stderr: 'fairgate: data.csv: the file is empty; expected a header line and rows\n', exit: 2, paths: ALL },
  { input: 'a header and no rows', data: fixed(`${HEADER}\n\n`), stderr: 'fairgate: data.csv: the file has a header but no data rows, so there is nothing to audit; check that the export wrote its rows\n', exit: 2, paths: ALL },
  {
    input: 'a PNG image named .csv',
    data: fixed(Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex')),
    stderr: 'fairgate: data.csv: this is not a CSV file: it starts like a PNG image; fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an Excel workbook (.xlsx, a ZIP archive) named .csv',
    data: fixed(Buffer.from('504b0304140006000800000021006b', 'hex')),
    stderr: 'fairgate: data.csv: this is not a CSV file: it starts like a ZIP archive (an .xlsx or .ods workbook is one: save the sheet as CSV, UTF-8); fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'other binary data (NUL bytes in the first line)',
    data: fixed(Buffer.from('00017f4b3e000a0d41,42\n', 'hex')),
    stderr: 'fairgate: data.csv, line 1: a NUL byte (0x00) at byte 1 of the file, which CSV text never contains: this is a binary file, not CSV; fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a NUL byte in a data cell',
    data: padded(withRows([Buffer.from('Male\u0000,1,0,0.5')])),
    stderr: 'fairgate: data.csv, line 6, column 1 (gender): malformed CSV: a NUL byte (0x00), which CSV text never contains: the file is binary, or text in an encoding other than UTF-8 (UTF-16 or UTF-32?); fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet\n',
    exit: 2,
    paths: ALL,
  },
  { input: 'UTF-16LE with a byte order mark (Excel "Unicode text")', data: fixed(Buffer.concat([Buffer.of(0xff, 0xfe), utf16le(TEXT)])), stderr: `fairgate: data.csv: ${UTF16}\n`, exit: 2, paths: ALL },
  { input: 'UTF-16BE with a byte order mark', data: fixed(Buffer.concat([Buffer.of(0xfe, 0xff), utf16be(TEXT)])), stderr: `fairgate: data.csv: ${UTF16.replace('UTF-16LE', 'UTF-16BE')}\n`, exit: 2, paths: ALL },
  {
    input: 'UTF-16LE without a byte order mark',
    data: fixed(utf16le(TEXT)),
    stderr: 'fairgate: data.csv: the file is UTF-16LE encoded (a NUL byte beside each character, no byte order mark); fairgate reads UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8 in.csv > out.csv\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'UTF-16BE without a byte order mark',
    data: fixed(utf16be(TEXT)),
    stderr: 'fairgate: data.csv: the file is UTF-16BE encoded (a NUL byte beside each character, no byte order mark); fairgate reads UTF-8: convert it first, e.g. iconv -f UTF-16BE -t UTF-8 in.csv > out.csv\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a Latin-1 / Windows-1252 byte in a group cell',
    data: padded(withRows([latin1('Féminin,1,0,0.5')])),
    stderr: `fairgate: data.csv, line 6, column 1 (gender): this cell has a byte that is not UTF-8, 0xE9 ("é" in Windows-1252); ${NOT_UTF8}\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a Windows-1252 byte in a quoted prediction cell',
    data: padded(withRows([latin1('Male,"1\x93",0,0.5')])),
    stderr: `fairgate: data.csv, line 6, column 2 (targeted): this cell has a byte that is not UTF-8, 0x93 ("“" in Windows-1252); ${NOT_UTF8}\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a Latin-1 byte in a column the audit does not read (accepted: that column is not decoded)',
    data: padded(csvLines([`${HEADER},note`, ...ROWS.map((r) => `${r},ok`), latin1('Male,1,0,0.5,café')], { padRow: (r) => `${r},ok` })),
    stderr: '',
    exit: 0,
    paths: ALL,
    sameReportAs: csvLines([`${HEADER},note`, ...ROWS.map((r) => `${r},ok`), 'Male,1,0,0.5,cafe'], { padRow: (r) => `${r},ok` }),
  },
  {
    input: 'a Latin-1 byte in the header name of a needed column',
    data: fixed(csvLines([latin1('région,targeted,converted,score'), ...ROWS])(0)),
    args: ['-g', 'région', '--prediction', 'targeted'],
    stderr:
      'fairgate: data.csv, line 1: column "région" not found; did you mean "r�gion"? Columns: "r�gion", "targeted", "converted", "score". The header has bytes that are not UTF-8 (shown as �): if the file is Latin-1 or Windows-1252, convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv\n',
    exit: 2,
    paths: ALL,
  },
  { input: 'a UTF-8 byte order mark (accepted)', data: padded(withRows([], { bom: true })), stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  { input: 'CRLF line endings (accepted)', data: padded(withRows([], { eol: '\r\n' })), stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  { input: 'lone CR line endings (accepted)', data: padded(withRows([], { eol: '\r' })), stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  { input: 'no line break after the last row (accepted)', data: padded(withRows([], { isTerminated: false })), stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  { input: 'gzip-compressed (.csv.gz, or any name: gzip is told by its first bytes) (accepted)', data: padded((pad) => gzipSync(plain(pad))), name: 'data.csv.gz', stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  {
    input: 'gzip data cut short',
    data: fixed(gzipSync(plain(0)).subarray(0, 40)),
    name: 'data.csv.gz',
    stderr: 'fairgate: data.csv.gz: the gzip data is damaged or cut short (zlib: unexpected end of file); check it with gzip -t and compress the original again\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'damaged gzip data',
    data: fixed(Buffer.concat([Buffer.of(0x1f, 0x8b, 0x63), Buffer.from('not deflate data at all')])),
    name: 'data.csv.gz',
    stderr: 'fairgate: data.csv.gz: the gzip data is damaged or cut short (zlib: unknown compression method); check it with gzip -t and compress the original again\n',
    exit: 2,
    paths: ALL,
  },
];
