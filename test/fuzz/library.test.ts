import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectedCounts, modelArbitrary } from './csv-model.js';
import { audit, chunkedInput, chunkSizes, expectModelOutcome, expectSound, modelBytes } from './fuzz-helpers.js';

/** Bytes that matter to a CSV reader, to splice into valid files. */
const NASTY = [0x00, 0x22, 0x2c, 0x0a, 0x0d, 0xff, 0xfe, 0xe9, 0xc3, 0x80, 0xef, 0xbb, 0xbf, 0x1f, 0x8b, 0x20, 0x31, 0x30].map((b) => [b]);
const mutation = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 3 }), insert: fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.uint8Array({ maxLength: 3 }).map((a) => [...a])), { maxLength: 2 }) });

/** A valid file with a few bytes removed or inserted at random places. */
const mutated = fc.tuple(modelArbitrary({ minLength: 0, maxLength: 12 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([m, edits]) => {
  let bytes = [...modelBytes(m)];
  for (const e of edits) {
    const at = Math.floor(e.at * bytes.length);
    bytes = [...bytes.slice(0, at), ...e.insert.flat(), ...bytes.slice(at + e.remove)];
  }
  return Uint8Array.from(bytes);
});

/** CSV-ish tokens in any order (with the header the audit asks for, so rows get read). */
const tokens = fc
  .array(fc.constantFrom('"', ',', '\n', '\r', '\r\n', 'a', '1', '0', '0.5', ' ', 'é', '😀', '\u0301', '\ufeff', '\u0000', '\xff'), { maxLength: 40 })
  .map((parts) => Buffer.concat([Buffer.from('g,h,d,y,s\n'), ...parts.map((p) => (p === '\xff' ? Buffer.of(0xff) : Buffer.from(p)))]));

describe('fuzz through the library: arbitrary input never crashes fairgate', () => {
  it('arbitrary bytes: a report that accounts for every row, or a one-line known error naming the input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), mutated, tokens), chunkSizes, async (bytes, sizes) => {
        expectSound(await audit(chunkedInput(bytes, sizes)), 'fuzz.csv');
      }),
      { numRuns: 600 },
    );
  });

  it('arbitrary bytes after the gzip magic number, and gzip of arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.concat([Buffer.of(0x1f, 0x8b), b])), fc.oneof(mutated, tokens).map((b) => gzipSync(b))), chunkSizes, async (bytes, sizes) => {
        expectSound(await audit(chunkedInput(bytes, sizes)), 'fuzz.csv');
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzz through the library: valid CSVs give the counts of an independent count', () => {
  it('quotes, separators and line breaks in fields, CRLF/CR/LF, blank lines, BOM, empty cells, unicode (astral, combining, ZWJ), any column order and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(modelArbitrary({ minLength: 0, maxLength: 25 }), chunkSizes, fc.boolean(), async (m, sizes, isGzip) => {
        const bytes = modelBytes(m);
        const outcome = await audit(chunkedInput(isGzip ? gzipSync(bytes) : bytes, sizes));
        expectModelOutcome(outcome, expectedCounts(m), 'fuzz.csv');
      }),
      { numRuns: 500 },
    );
  });
});
