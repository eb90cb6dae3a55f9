import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidResult } from '../helpers/report-schema.js';
import { expectSameReport } from '../helpers/same-report.js';
import type { AuditConfig } from '../../src/model/config.js';
import { useDuckDb } from './duckdb-warehouse.js';
import { MARKETING, streamingAudit, testConfig } from './warehouse-audits.js';

/**
 * A multi-class decision (`--decision`) in the warehouse: the query counts
 * each group's rows per class, and the audit of its result is the streaming
 * audit's report (class shares, ratios, tests, the class rules' verdicts).
 */
const duck = useDuckDb('fairgate-duckdb-classes-');
const { dir } = duck;
/** Every table of this file is loaded as text. */
const warehouseAudit = (csv: string, config: Readonly<AuditConfig>) => duck.warehouseAudit(csv, config, { isText: true });

describe('the DuckDB query of a multi-class decision gives the streaming audit’s report', () => {
  it.each([
    ['offer tiers alone, ordered, with class rules', { columns: { decision: 'offer_tier' }, favourable: 'premium>standard>none', groups: ['ethnicity', 'gender+region'], rules: ['class_impact>=0.8 class=premium', 'tvd<=0.1'] }],
    ['beside the binary decision and the label, unordered, --missing drop', { columns: { prediction: 'targeted', label: 'converted', decision: 'offer_tier' }, groups: ['gender', 'age_band'], missing: 'drop', rules: ['js<=0.01', 'disparate_impact>=0.8'] }],
  ])('marketing fixture: %s', async (_name, overrides) => {
    const config = testConfig(overrides);
    const expected = await streamingAudit(MARKETING, config);
    const actual = await warehouseAudit(MARKETING, config);
    assertValidResult(actual);
    expect(actual.attributes[0]!.groups[0]!.classes!.shares.length).toBe(3);
    expectSameReport(actual, expected);
  });

  it('beside --outcome: the CSV reader reads the outcome before the class, so a row without both drops as missing_outcome, and a bad outcome is refused on a row without a class', async () => {
    const write = (name: string, lines: string[]) => {
      const file = path.join(dir, name);
      writeFileSync(file, lines.join('\n') + '\n');
      return file;
    };
    const rows = ['g,d,tier,offer', 'a,1,premium,3', 'a,0,none,0', 'b,1,standard,2', 'b,0,,', 'a,1,,5', 'b,1,premium,'];
    const config = testConfig({ columns: { prediction: 'd', decision: 'tier', outcome: 'offer' }, groups: ['g'], minGroupSize: 1 });
    const good = write('class-outcome.csv', rows);
    const expected = await streamingAudit(good, config);
    expect(expected.input.rowsDropped).toEqual({ missing_class: 1, missing_outcome: 2 });
    expectSameReport(await warehouseAudit(good, config), expected);
    const bad = write('class-bad-outcome.csv', [...rows, 'a,1,,€3']);
    await expect(streamingAudit(bad, config)).rejects.toThrow(/outcome "€3" is not a number/);
    await expect(warehouseAudit(bad, config)).rejects.toThrow(/1 row has an outcome in column "offer" that is not a number, e\.g\. "€3"/);
  });
});
