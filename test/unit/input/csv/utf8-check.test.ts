import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8At, notUtf8Message } from '../../../../src/input/csv/utf8-check.js';

const at = (...b: number[]) => invalidUtf8At(Uint8Array.from(b), 0, b.length);

describe('UTF-8 validity of a cell', () => {
  it('agrees with node:buffer isUtf8 on arbitrary bytes, and the offset found is where the valid prefix ends', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xbf, 0x80));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        const offset = invalidUtf8At(bytes, 0, bytes.length);
        expect(offset < 0).toBe(isUtf8(bytes));
        if (offset >= 0) expect(isUtf8(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('valid text of every width passes; overlongs, surrogates, code points above U+10FFFF and cut sequences do not', () => {
    const text = Buffer.from('aé日😀\u0301');
    expect(invalidUtf8At(text, 0, text.length)).toBe(-1);
    expect(at(0x41, 0xc0, 0x80)).toBe(1);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
    expect(at(0x41, 0xe2, 0x82)).toBe(1);
    expect(at(0xe9)).toBe(0);
  });

  it('the message names the byte and what it is in Windows-1252', () => {
    expect(notUtf8Message(0xe9)).toMatch(/^this cell has a byte that is not UTF-8, 0xE9 \("é" in Windows-1252\); .*iconv -f WINDOWS-1252 -t UTF-8/);
    expect(notUtf8Message(0x80)).toMatch(/0x80 \("€" in Windows-1252\)/);
    expect(notUtf8Message(0x9f)).toMatch(/0x9F \("Ÿ" in Windows-1252\)/);
    expect(notUtf8Message(0x81)).toMatch(/^this cell has a byte that is not UTF-8, 0x81; /);
  });
});
