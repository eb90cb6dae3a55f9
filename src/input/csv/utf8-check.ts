/**
 * UTF-8 validity of the cells an audit reads. A byte sequence that is not
 * UTF-8 would otherwise decode to U+FFFD and become a group name nobody wrote
 * ("R�gion"), so such a cell is an input error naming the byte and what it
 * would be in Windows-1252, the usual culprit (a Latin-1 / Excel export).
 */

/** Length of the valid UTF-8 sequence at bytes[i] (1–4), or 0 when the bytes there are not UTF-8 (WHATWG rules: no overlongs, surrogates or code points above U+10FFFF). */
export function sequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > end) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/** The character at bytes[i] for a message: quoted when it is UTF-8, else the byte in hex. */
export function describeCharAt(bytes: Uint8Array, i: number, end: number): string {
  const length = sequenceAt(bytes, i, end);
  if (length === 0) return `byte 0x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
  return JSON.stringify(Buffer.from(bytes.buffer, bytes.byteOffset + i, length).toString('utf8'));
}

/** Offset of the first byte of bytes[start, end) that is not part of valid UTF-8, or −1 when all of it is valid. */
export function invalidUtf8At(bytes: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; ) {
    const length = sequenceAt(bytes, i, end);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Windows-1252 at 0x80–0x9F (a space: unassigned); from 0xA0 it is Latin-1, the code point itself. (Node's TextDecoder decodes these as C1 controls.) */
const CP1252_80 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

function windows1252(byte: number): string | undefined {
  const char = byte >= 0xa0 ? String.fromCharCode(byte) : CP1252_80[byte - 0x80];
  return char === undefined || char === ' ' ? undefined : char;
}

/** The text of an error about the byte `byte` in a cell. */
export function notUtf8Message(byte: number): string {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const char = byte >= 0x80 ? windows1252(byte) : undefined;
  const meaning = char === undefined ? '' : ` (${JSON.stringify(char)} in Windows-1252)`;
  return `this cell has a byte that is not UTF-8, ${hex}${meaning}; fairgate reads UTF-8 text and will not guess an encoding (a wrong guess would invent group names): if the file is Latin-1 or Windows-1252 (as Excel writes "CSV"), convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 in.csv > out.csv`;
}
