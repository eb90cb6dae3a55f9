import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTallyTables } from '../../../src/core/merge-tables.js';
import { aggregateFromJson, aggregateOf, aggregateToJson } from '../../../src/input/aggregate/aggregate-file.js';
import { buildAuditResult } from '../../../src/pipeline/build-result.js';
import { tallyInput } from '../../../src/pipeline/audit.js';
import type { AuditResult } from '../../../src/model/audit-result.js';
import { auditCsv, configFrom, csvOf } from '../../helpers/csv-audit.js';
import { memoryInput } from '../../helpers/memory-input.js';

/**
 * The laws of the splits: a window's audit is the audit of that window's rows
 * alone; strata and windows of shards merged (through aggregate files) are
 * those of one pass; the order of the rows does not matter.
 */
interface Row {
  g: string;
  s: string;
  /** minutes since 2024-01-01T00:00Z: the row's instant */
  minute: number;
  /** the offset it is written with, in minutes east of UTC */
  offset: number;
  d: 0 | 1;
  y: 0 | 1;
  score: number;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  g: fc.constantFrom('A', 'A', 'B', 'C', ''),
  s: fc.constantFrom('x', 'y', 'z'),
  minute: fc.integer({ min: 0, max: 100 * 1440 }),
  offset: fc.constantFrom(0, 60, -300, 330),
  d: fc.constantFrom(0 as const, 1 as const),
  y: fc.constantFrom(0 as const, 1 as const),
  score: fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
});

const EPOCH = Date.UTC(2024, 0, 1);
/** The instant written in its offset: `2024-02-03T04:05+05:30`. */
function dateText(r: Row): string {
  const local = new Date(EPOCH + (r.minute + r.offset) * 60_000).toISOString().slice(0, 16);
  const sign = r.offset < 0 ? '-' : '+';
  const abs = Math.abs(r.offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
/** The UTC month of the row's instant, by JavaScript's own calendar. */
const monthOf = (r: Row) => new Date(EPOCH + r.minute * 60_000).toISOString().slice(0, 7);

const csv = (rows: readonly Row[]) => csvOf(['g', 's', 'when', 'd', 'y', 'score'], rows.map((r) => [r.g, r.s, dateText(r), r.d, r.y, r.score]));
const BASE = { columns: { prediction: 'd', label: 'y', score: 'score' }, groups: ['g'], minGroupSize: 3, rules: ['disparate_impact>=0.8', 'abs(equal_opportunity_difference)<=0.2'] };

/** A report without what depends on the run rather than the data: provenance, and Holm's adjustment (its family is the run's). */
function comparable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'pValueAdjusted' || key === 'cddPValueAdjusted' ? undefined : v)));
}
const statistics = (r: AuditResult) => comparable({ overall: r.overall, attributes: r.attributes });

describe('time windows', () => {
  it("a window's audit equals the audit of that window's rows alone (values, intervals, tests, references)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 80 }), async (rows) => {
        const whole = await auditCsv(csv(rows), { ...BASE, period: 'when', every: 'month' });
        const months = [...new Set(rows.map(monthOf))].sort();
        expect(whole.windows!.windows.map((w) => w.window)).toEqual(months);
        for (const w of whole.windows!.windows) {
          const alone = await auditCsv(csv(rows.filter((r) => monthOf(r) === w.window)), BASE);
          expect(comparable({ overall: w.overall, attributes: w.attributes })).toEqual(statistics(alone));
          // and its verdicts are those of the rules on that window's rows
          const own = whole.findings.filter((f) => f.window === w.window).map((f) => [f.rule, f.group, f.status]);
          expect(own).toEqual(alone.findings.map((f) => [f.rule, f.group, f.status]));
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** Tallies of each shard written as an aggregate file and read back, merged, then judged: `fairgate aggregate` + `--from-aggregates`. */
async function fromShards(rows: readonly Row[], cuts: readonly number[], raw: Record<string, unknown>): Promise<AuditResult> {
  const config = configFrom(raw);
  const bounds = [0, ...[...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b), rows.length];
  const tool = { name: 'fairgate', version: 'test' };
  const tables = await Promise.all(
    bounds.slice(1).map(async (end, i) => {
      const shard = rows.slice(bounds[i], end);
      if (shard.length === 0) return undefined;
      const run = await tallyInput(config, memoryInput(csv(shard)));
      const file = aggregateToJson(aggregateOf(config, tool, { file: `shard${i}`, sha256: '0'.repeat(64), bytes: 0 }, run));
      return aggregateFromJson(JSON.parse(JSON.stringify(file)), `shard${i}.json`).table;
    }),
  );
  const merged = tables.filter((t) => t !== undefined).reduce((a, b) => mergeTallyTables(a, b));
  return buildAuditResult(merged, config, { tool, generatedAt: '2026-01-01T00:00:00.000Z', input: { file: 'test.csv', sha256: '', bytes: 0 } });
}

const body = (r: AuditResult) => {
  const { input: _input, notices: _notices, tool: _tool, ...rest } = r;
  return JSON.parse(JSON.stringify(rest));
};

describe('strata and windows of shards', () => {
  const SPLITS = { ...BASE, strata: ['s'], period: 'when', every: 'week', rules: [...BASE.rules, 'cdd<=0.1', 'mh_odds_ratio>=0.8 require=significant'], drift: ['disparate_impact<=0.2'] };

  it('merged through aggregate files equal one pass, bit for bit (every shard may hold one window)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 2, maxLength: 90 }), fc.array(fc.nat(), { maxLength: 3 }), fc.boolean(), async (rows, cuts, byWindow) => {
        // by window: the rows sorted by time, cut where the ISO week changes (2024-01-01 was a Monday: each shard one week)
        const ordered = byWindow ? [...rows].sort((a, b) => a.minute - b.minute) : rows;
        const week = (r: Row) => Math.floor(r.minute / 10080);
        const weekCuts = byWindow ? ordered.flatMap((r, i) => (i > 0 && week(r) !== week(ordered[i - 1]!) ? [i] : [])) : cuts;
        const onePass = await auditCsv(csv(rows), SPLITS);
        expect(body(await fromShards(ordered, weekCuts, SPLITS))).toEqual(body(onePass));
      }),
      { numRuns: 30 },
    );
  });

  it('do not depend on the order of the rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 60 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))), async ([rows, shuffled]) => {
        expect(body(await auditCsv(csv(shuffled), SPLITS))).toEqual(body(await auditCsv(csv(rows), SPLITS)));
      }),
      { numRuns: 30 },
    );
  });
});
