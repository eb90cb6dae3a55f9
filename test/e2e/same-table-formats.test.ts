import fc from 'fast-check';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { validateFileConfig } from '../../src/config/validate-config.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { runAudit } from '../../src/pipeline/audit.js';
import { loadReporter, REPORTER_NAMES } from '../../src/render/reporters/names.js';
import { DUCKDB_CODECS } from '../helpers/parquet-files.js';
import { assertValidResult } from '../helpers/report-schema.js';
import { generateTable, toDelimited, toJsonLines, toParquet } from '../helpers/table-formats.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const validated = validateFileConfig({
  columns: { prediction: 'd', label: 'y', score: 's' },
  groups: ['g', 'h', 'g+h'],
  minGroupSize: 10,
  suppressBelow: 5,
  rules: ['disparate_impact>=0.8', 'ece<=0.1', 'abs(equal_opportunity_difference)<=0.1'],
});
if (!validated.ok) throw new Error(JSON.stringify(validated.issues));
const config = resolveConfig([{ source: 'test', config: validated.config }]);

async function audit(file: string, threads: number): Promise<{ result: AuditResult; notices: string[] }> {
  const notices: string[] = [];
  const result = await runAudit(config, {
    input: { name: path.basename(file), path: file, open: () => createReadStream(file) },
    tool: { name: 'fairgate', version: 'test' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    threads,
    onNotice: (text) => notices.push(text),
  });
  assertValidResult(result);
  return { result, notices };
}

/** Every report format of a result, with the input's name, hash and size (what names the bytes read) made the same. */
async function reports(result: AuditResult): Promise<string[]> {
  const same = { ...result, input: { ...result.input, file: 'data', sha256: '0'.repeat(64), bytes: 0 } };
  return Promise.all(REPORTER_NAMES.map(async (name) => (await loadReporter(name))(same, { isColor: false })));
}

describe('the same table in every format gives byte-identical reports (but for the input\'s name, hash and size)', () => {
  it('`,` `;` (decimal commas) tab and `|` text, JSON Lines and Parquet (each codec DuckDB writes), in one thread and in two', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 4200, max: 6500 }), async (seed, rows) => {
        const table = generateTable(seed, rows);
        const files: [string, number][] = [];
        const text = (name: string, content: string, threads: number[]) => {
          writeFileSync(path.join(dir, name), content);
          for (const t of threads) files.push([name, t]);
        };
        text('comma.csv', toDelimited(table, ','), [1, 2]);
        text('semicolon.csv', toDelimited(table, ';', true), [1, 2]);
        text('tab.tsv', toDelimited(table, '\t'), [1]);
        text('pipe.txt', toDelimited(table, '|'), [2]);
        text('rows.jsonl', toJsonLines(table), [1, 2]);
        for (const codec of DUCKDB_CODECS) {
          await toParquet(table, dir, path.join(dir, `${codec}.parquet`), codec);
          files.push([`${codec}.parquet`, codec === 'snappy' ? 2 : 1]);
        }
        files.push(['zstd.parquet', 2]);
        const runs = [];
        for (const [name, threads] of files) {
          const { result, notices } = await audit(path.join(dir, name), threads);
          runs.push({ name, threads, notices, reports: await reports(result) });
        }
        const [reference, ...others] = runs;
        const sniffed = (what: string) => [`read as ${what}, as the header and the first 100 records show; ${what.startsWith("';'") ? "--delimiter ';' --decimal-comma" : "--delimiter '|'"} says so and skips this note`];
        expect(runs.map((r) => r.notices)).toEqual(runs.map((r) => (r.name === 'semicolon.csv' ? sniffed("';'-separated with decimal commas (0,5)") : r.name === 'pipe.txt' ? sniffed("'|'-separated") : [])));
        for (const other of others) expect({ name: other.name, threads: other.threads, reports: other.reports }).toEqual({ name: other.name, threads: other.threads, reports: reference!.reports });
      }),
      { numRuns: Number(process.env.RUNS ?? 4) },
    );
  }, 600_000);
});
