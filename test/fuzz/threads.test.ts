import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputSource } from '../../src/input/csv/read-csv.js';
import { expectedCounts, modelArbitrary } from './csv-model.js';
import { audit, expectModelOutcome, expectSound, modelBytes, type Outcome } from './fuzz-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-fuzz-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function fileInput(bytes: Uint8Array): InputSource {
  const file = path.join(dir, `f${files++}.csv`);
  writeFileSync(file, bytes);
  return { name: 'fuzz.csv', path: file, open: () => Readable.from([Buffer.from(bytes)]) };
}

/** The outcome without what may differ between runs of the same input: nothing but the report's timestamp, which is fixed. */
const same = (o: Outcome) => ('error' in o ? { error: o.error.message } : { result: o.result });

/** Larger files, so that worker threads get ranges: long multi-line notes make splits fall inside quoted fields. */
const large = modelArbitrary({ minLength: 150, maxLength: 600 });

describe('fuzz on the worker-thread path (files split over 2 and 3 threads)', () => {
  it('valid CSVs: the independent count, and the same report as one thread', async () => {
    await fc.assert(
      fc.asyncProperty(large, async (m) => {
        const input = fileInput(modelBytes(m));
        const one = await audit(input, 1);
        expectModelOutcome(one, expectedCounts(m), 'fuzz.csv');
        for (const threads of [2, 3]) expect(same(await audit(input, threads))).toEqual(same(one));
      }),
      { numRuns: 30 },
    );
  });

  it('damaged CSVs: the same report or the same error (same line and column) as one thread', async () => {
    const damaged = fc.tuple(large, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x00, 0xe9, 0x41)), { minLength: 1, maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(damaged, async ([m, edits]) => {
        const bytes = [...modelBytes(m)];
        for (const [at, byte] of edits) bytes.splice(Math.floor(at * bytes.length), 0, byte);
        const input = fileInput(Uint8Array.from(bytes));
        const one = await audit(input, 1);
        expectSound(one, 'fuzz.csv');
        for (const threads of [2, 3]) expect(same(await audit(input, threads))).toEqual(same(one));
      }),
      { numRuns: 30 },
    );
  });
});
