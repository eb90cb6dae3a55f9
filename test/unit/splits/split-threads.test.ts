import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/pipeline/audit.js';
import { configFrom, csvOf } from '../../helpers/csv-audit.js';

/**
 * The law of thread count for the splits: strata, time windows and drift
 * findings of a file read by 2 or 3 worker threads over byte ranges equal
 * those of one thread, bit for bit (a range may start inside any row).
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-split-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowArb = fc.tuple(
  fc.constantFrom('A', 'A', 'B', 'C', ''),
  fc.constantFrom('x', 'y', 'z', ''),
  // an instant in the first 100 days of 2024, written with an offset, as a bare date, or not at all
  fc.integer({ min: 0, max: 100 * 1440 }),
  fc.constantFrom('Z', '+05:30', '-03:00', 'date', 'none'),
  fc.constantFrom(0, 1),
  fc.constantFrom(0, 1),
);
const dateText = (minute: number, form: string) => {
  const iso = new Date(Date.UTC(2024, 0, 1) + minute * 60_000).toISOString();
  if (form === 'none') return '';
  return form === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 19)}${form}`;
};

const CONFIG = configFrom({
  columns: { prediction: 'd', label: 'y' },
  groups: ['g'],
  minGroupSize: 3,
  strata: ['s'],
  period: 'when',
  every: 'week',
  tz: 'Asia/Kolkata',
  rules: ['disparate_impact>=0.8', 'cdd<=0.1', 'mh_odds_ratio>=0.8'],
  drift: ['disparate_impact<=0.2 from=first'],
});

let files = 0;
async function auditWith(file: string, threads: number) {
  const input = { name: 'data.csv', path: file, open: () => { throw new Error('the file path is used'); } };
  return runAudit(CONFIG, { input, threads, tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' });
}

describe('strata and windows over worker threads', () => {
  it('give the report of one thread, bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 40, maxLength: 300 }), async (rows) => {
        const file = path.join(dir, `f${files++}.csv`);
        writeFileSync(file, csvOf(['g', 's', 'when', 'd', 'y'], rows.map(([g, s, minute, form, d, y]) => [g, s, dateText(minute, form), d, y])));
        const one = await auditWith(file, 1);
        expect(one.windows!.windows.length).toBeGreaterThan(1);
        expect(one.strata!.attributes[0]!.strata).toBeGreaterThan(1);
        for (const threads of [2, 3]) expect(await auditWith(file, threads)).toEqual(one);
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});
