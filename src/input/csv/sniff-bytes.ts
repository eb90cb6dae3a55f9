/**
 * A look at the first bytes of an input before any of it is read as CSV, so
 * that a file which is not UTF-8 text is refused with what it looks like
 * rather than as a header without the expected columns: UTF-16/UTF-32 (with
 * or without a byte order mark), well-known binary formats, NUL bytes.
 * Latin-1 and other 8-bit encodings cannot be told from UTF-8 by their first
 * bytes; the reader checks the cells it uses instead (see byte-interner.ts).
 */

/** The first bytes looked at (or the whole input when shorter). */
export const SNIFF_BYTES = 1024;

/** An input that is not CSV text at all; `line` when the problem has one. */
export class UnreadableInputError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'UnreadableInputError';
    this.line = line;
  }
}

const TEXT_ONLY = 'fairgate reads UTF-8 text (CSV, TSV, JSON Lines) and Parquet';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** Any byte (bzip2's block size digit). */
const ANY = -1;

/** Formats recognised by their first bytes: control or non-UTF-8 bytes, or a long signature no CSV header starts with. */
const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x1f, 0x8b], what: 'gzip data inside gzip data (compressed twice): decompress it once, e.g. gunzip' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (an .xlsx or .ods workbook is one: save the sheet as CSV, UTF-8)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an Office document such as an .xls workbook: save the sheet as CSV, UTF-8' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed data: decompress it (xz -d); fairgate reads gzip (.csv.gz) itself' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed data: decompress it (zstd -d); fairgate reads gzip (.csv.gz) itself' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: ascii('%PDF-'), what: 'a PDF document' },
  { bytes: [...ascii('BZh'), ANY, ...ascii('1AY&SY')], what: 'bzip2-compressed data: decompress it (bunzip2); fairgate reads gzip (.csv.gz) itself' },
];

const startsWith = (buf: Uint8Array, start: number, end: number, bytes: readonly number[]) =>
  end - start >= bytes.length && bytes.every((b, i) => b === ANY || buf[start + i] === b);

/** Which of the byte order marks of UTF-32 and UTF-16 the input starts with. */
function unicodeBom(buf: Uint8Array, start: number, end: number): string | undefined {
  if (startsWith(buf, start, end, [0xff, 0xfe, 0, 0])) return 'UTF-32LE';
  if (startsWith(buf, start, end, [0, 0, 0xfe, 0xff])) return 'UTF-32BE';
  if (startsWith(buf, start, end, [0xff, 0xfe])) return 'UTF-16LE';
  if (startsWith(buf, start, end, [0xfe, 0xff])) return 'UTF-16BE';
  return undefined;
}

/** UTF-16 or UTF-32 without a byte order mark: the NUL high bytes of ASCII text at a fixed position of each unit. */
function unicodeByNuls(buf: Uint8Array, start: number, end: number): string | undefined {
  const counts = [0, 0, 0, 0];
  for (let i = start; i < end; i++) if (buf[i] === 0) counts[(i - start) % 4]! += 1;
  const units = Math.floor((end - start) / 4);
  if (units < 2) return undefined;
  const isMostly = (k: number) => counts[k]! >= 0.6 * units;
  const isRare = (k: number) => counts[k]! <= 0.1 * units;
  if (isMostly(1) && isMostly(2) && isMostly(3) && isRare(0)) return 'UTF-32LE';
  if (isMostly(0) && isMostly(1) && isMostly(2) && isRare(3)) return 'UTF-32BE';
  if (isMostly(1) && isMostly(3) && isRare(0) && isRare(2)) return 'UTF-16LE';
  if (isMostly(0) && isMostly(2) && isRare(1) && isRare(3)) return 'UTF-16BE';
  return undefined;
}

/** iconv finds the byte order from a byte order mark, so the hint names only the family (UTF-16) when there is one. */
function encodingError(encoding: string, hasBom: boolean): UnreadableInputError {
  const how = hasBom ? 'it starts with a byte order mark' : 'a NUL byte beside each character, no byte order mark';
  return new UnreadableInputError(
    `the file is ${encoding} encoded (${how}); fairgate reads UTF-8: convert it first, e.g. iconv -f ${hasBom ? encoding.slice(0, 6) : encoding} -t UTF-8 in.csv > out.csv`,
  );
}

/** NUL bytes that make a binary file: one in the first line (the header), or more than one in the first bytes. */
function isBinary(window: Uint8Array, firstNul: number): boolean {
  const lf = window.indexOf(10);
  const cr = window.indexOf(13);
  const firstBreak = Math.min(lf < 0 ? Infinity : lf, cr < 0 ? Infinity : cr);
  return firstNul < firstBreak || window.indexOf(0, firstNul + 1) >= 0;
}

/** 1-based line of byte `at` (a line break is LF, CRLF or a lone CR). */
function lineOf(buf: Uint8Array, start: number, at: number): number {
  let line = 1;
  for (let i = start; i < at; i++) if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10)) line++;
  return line;
}

/**
 * Checks the first bytes of an input, buf[start, end) (SNIFF_BYTES of them,
 * or all when the input is shorter): throws UnreadableInputError for UTF-16
 * or UTF-32, a known binary format or NUL bytes of a binary file; returns the
 * length of a UTF-8 byte order mark (3) or 0.
 */
export function sniffStart(buf: Uint8Array, start: number, end: number): number {
  const bom = unicodeBom(buf, start, end);
  if (bom) throw encodingError(bom, true);
  const magic = MAGIC.find((m) => startsWith(buf, start, end, m.bytes));
  if (magic) throw new UnreadableInputError(`this is not a CSV file: it starts like ${magic.what}; ${TEXT_ONLY}`);
  const window = buf.subarray(start, end);
  const nul = window.indexOf(0);
  if (nul >= 0) {
    const encoding = unicodeByNuls(buf, start, end);
    if (encoding) throw encodingError(encoding, false);
    // One NUL in a data row is left to the scanner, which names its line and column.
    if (isBinary(window, nul)) {
      throw new UnreadableInputError(`a NUL byte (0x00) at byte ${nul + 1} of the file, which CSV text never contains: this is a binary file, not CSV; ${TEXT_ONLY}`, lineOf(buf, start, start + nul));
    }
  }
  return startsWith(buf, start, end, [0xef, 0xbb, 0xbf]) ? 3 : 0;
}

/** gzip's magic number (RFC 1952): the input is decompressed while it is read. */
export function isGzip(buf: Uint8Array, start = 0, end = buf.length): boolean {
  return startsWith(buf, start, end, [0x1f, 0x8b]);
}
