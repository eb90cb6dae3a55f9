import { Readable } from 'node:stream';
import fc from 'fast-check';
import { expect } from 'vitest';
import { runAudit } from '../../src/pipeline/audit.js';
import { AuditError, isKnownError } from '../../src/model/errors.js';
import type { InputSource } from '../../src/input/csv/read-csv.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { REPORTERS } from '../../src/render/reporters/index.js';
import { testConfig } from '../helpers/rows.js';
import { serialize, type CsvModel, type Expected } from './csv-model.js';

export const CONFIG = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g', 'h', 'g+h'] });
export const FLAGS = ['-g', 'g,h,g+h', '--prediction', 'd', '--label', 'y', '--score', 's'];
const DEPS = { tool: { name: 'fairgate', version: 'fuzz' }, generatedAt: '2026-01-01T00:00:00.000Z' };

/** Bytes as standard input would deliver them: in chunks of the given sizes (cycled). */
export function chunkedInput(bytes: Uint8Array, sizes: readonly number[], name = 'fuzz.csv'): InputSource {
  const chunks: Buffer[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? bytes.length);
    chunks.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  return { name, open: () => Readable.from(chunks) };
}

export const chunkSizes = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 });
export const modelBytes = (m: CsvModel) => Buffer.from(serialize(m), 'utf8');

export type Outcome = { result: AuditResult } | { error: AuditError };

/** An audit that either gives a report or refuses the input with a known error; anything else fails the test. */
export async function audit(input: InputSource, threads: number | 'auto' = 1): Promise<Outcome> {
  try {
    return { result: await runAudit(CONFIG, { ...DEPS, input, threads }) };
  } catch (error) {
    if (!isKnownError(error)) throw error;
    return { error };
  }
}

/** A refusal is one line that names the input; a report accounts for every row and renders. */
export function expectSound(outcome: Outcome, name: string): void {
  if ('error' in outcome) {
    expect(outcome.error.message).not.toContain('\n');
    expect(outcome.error.message.startsWith(`${name}:`) || outcome.error.message.startsWith(`${name}, line `)).toBe(true);
    return;
  }
  const { input } = outcome.result;
  expect(input.rowsUsed + Object.values(input.rowsDropped).reduce((s, c) => s + c, 0)).toBe(input.rowsRead);
  expect(() => JSON.parse(REPORTERS.json(outcome.result, { isColor: false }))).not.toThrow();
  expect(REPORTERS.table(outcome.result, { isColor: false })).toMatch(/ of \d+ rows? audited/);
}

/** The report's row counts and per-group counts, in the oracle's shape. */
export function countsOf(result: AuditResult): Expected {
  const groups = Object.fromEntries(
    result.attributes.map((a) => [
      a.name,
      Object.fromEntries(a.groups.map((g) => [g.key, { n: g.n, selected: g.tp! + g.fp!, positives: g.tp! + g.fn!, tp: g.tp }])),
    ]),
  ) as Expected['groups'];
  const { rowsRead, rowsUsed, rowsDropped } = result.input;
  return { rowsRead, rowsUsed, rowsDropped, groups };
}

/** What a valid model must give: its counts, or — when no row is usable — the refusal that says so. */
export function expectModelOutcome(outcome: Outcome, expected: Expected, name: string): void {
  if (expected.rowsUsed === 0) {
    expect('error' in outcome && outcome.error.message).toMatch(new RegExp(`^${name}: (${expected.rowsRead === 1 ? 'the one row was' : `all ${expected.rowsRead} rows were`} left out|the file has a header but no data rows)`));
    return;
  }
  if ('error' in outcome) throw outcome.error;
  expect(countsOf(outcome.result)).toEqual(expected);
}
