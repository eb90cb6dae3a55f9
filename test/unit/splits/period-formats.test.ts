import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/pipeline/audit.js';
import { testConfig } from '../../helpers/rows.js';
import { writeParquet, sqlString } from '../../helpers/parquet-files.js';

/**
 * The period column in every input format: a CSV's text, JSON Lines strings,
 * and Parquet's DATE, TIMESTAMP (a local time: as written) and TIMESTAMPTZ
 * (an instant: its day in --tz) give the same windows as the same dates
 * written as text.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-period-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const meta = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' };

async function windowsOf(file: string, column: string, tz: string) {
  const config = testConfig({ columns: { prediction: 'd' }, groups: ['g'], period: column, every: 'day', tz, minGroupSize: 1 });
  const result = await runAudit(config, { ...meta, input: { name: file, path: file, open: () => { throw new Error('path is used'); } }, threads: 1 });
  return result.windows!.windows.map((w) => [w.window, w.overall.n]);
}

// 23:30 local on the 1st and 00:30 on the 2nd; as instants (UTC) they fall on the 2nd in Tokyo
const rows = [['A', '2025-01-01 23:30:00', '2025-01-01T23:30:00Z', 1], ['B', '2025-01-02 00:30:00', '2025-01-02T00:30:00Z', 0], ['A', '2025-01-02 12:00:00', '2025-01-02T12:00:00Z', 1]] as const;

describe('the period column in CSV, JSON Lines and Parquet', () => {
  it('a local time is read as written, an instant in the zone of --tz, in every format', async () => {
    const csv = path.join(dir, 'dates.csv');
    writeFileSync(csv, ['g,local,instant,d', ...rows.map((r) => r.join(','))].join('\n') + '\n');
    const jsonl = path.join(dir, 'dates.jsonl');
    writeFileSync(jsonl, rows.map(([g, local, instant, d]) => JSON.stringify({ g, local, instant, d })).join('\n') + '\n');
    const parquet = path.join(dir, 'dates.parquet');
    await writeParquet(`SELECT g, CAST("local" AS TIMESTAMP) AS "local", CAST(instant AS TIMESTAMPTZ) AS instant, d FROM read_csv(${sqlString(csv)}, header = true, all_varchar = true)`, parquet);
    const local = [['2025-01-01', 1], ['2025-01-02', 2]];
    const inTokyo = [['2025-01-02', 3]];
    for (const file of [csv, jsonl, parquet]) {
      expect(await windowsOf(file, 'local', 'Asia/Tokyo'), `${file} local`).toEqual(local);
      expect(await windowsOf(file, 'instant', 'Asia/Tokyo'), `${file} instant`).toEqual(inTokyo);
      expect(await windowsOf(file, 'instant', 'UTC'), `${file} instant, UTC`).toEqual(local);
    }
  });

  it('a Parquet DATE column gives the dates written', async () => {
    const parquet = path.join(dir, 'date.parquet');
    await writeParquet(`SELECT * FROM (VALUES ('A', DATE '2024-02-29', 1), ('B', DATE '2024-12-30', 0)) t(g, day, d)`, parquet);
    expect(await windowsOf(parquet, 'day', 'Pacific/Kiritimati')).toEqual([['2024-02-29', 1], ['2024-12-30', 1]]);
  });
});
