import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fingerprintOf } from '../../src/input/aggregate/fingerprint.js';
import { runCli } from '../helpers/run-cli.js';
import { testConfig } from '../helpers/rows.js';
import { withRows } from './case.js';

/**
 * Valid statistics files for the catalogue's side-file rows, which each break
 * one thing in them: an aggregate written by the built CLI from the standard
 * example file (made once per test process), and warehouse results.
 */
export const STATISTICS_FLAGS = ['-g', 'gender', '--prediction', 'targeted', '--label', 'converted', '--score', 'score'] as const;

export type Json = any;
let aggregate: string | undefined;

/** The aggregate of the standard example file (JSON text), from `fairgate aggregate`. */
export function validAggregate(rows: readonly string[] = []): string {
  if (rows.length === 0 && aggregate !== undefined) return aggregate;
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-catalogue-aggregate-'));
  try {
    writeFileSync(path.join(dir, 'data.csv'), withRows(rows)(0));
    const run = runCli(['aggregate', 'data.csv', ...STATISTICS_FLAGS, '-o', 'a.json'], { cwd: dir });
    if (run.exitCode !== 0) throw new Error(run.stderr);
    const text = readFileSync(path.join(dir, 'a.json'), 'utf8');
    if (rows.length === 0) aggregate = text;
    return text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The aggregate with one change made by `edit`. */
export function editedAggregate(edit: (a: Json) => void, rows: readonly string[] = []): string {
  const a = JSON.parse(validAggregate(rows)) as Json;
  edit(a);
  return JSON.stringify(a);
}

const CSV_HEADER = 'kind,attribute,v1,bin,score,label,grid,n,selected,positives,tp,sum_score,sum_score_squared,sum_squared_error,detail';
const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** A warehouse result (CSV) of the standard audit: its meta row, then `rows`. */
export function sqlResult(rows: readonly string[]): string {
  const fingerprint = fingerprintOf(testConfig({ columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender'] }));
  return [CSV_HEADER, `meta,,,,,,,4,,,,,,,${quoted(JSON.stringify(fingerprint))}`, ...rows].join('\n') + '\n';
}

/** A warehouse result of the query of an earlier fairgate, whose bin rows have no Σ score² column. */
export function olderSqlResult(rows: readonly string[]): string {
  const fingerprint = fingerprintOf(testConfig({ columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender'] }));
  return [CSV_HEADER.replace('sum_score_squared,', ''), `meta,,,,,,,4,,,,,,${quoted(JSON.stringify(fingerprint))}`, ...rows].join('\n') + '\n';
}
