import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidResult } from '../helpers/report-schema.js';
import { expectSameReport } from '../helpers/same-report.js';
import type { AuditConfig } from '../../src/model/config.js';
import { useDuckDb } from './duckdb-warehouse.js';
import { MARKETING, streamingAudit, testConfig } from './warehouse-audits.js';

/**
 * Consent (`--consent`) and a candidate model (`--candidate`) in the
 * warehouse: the query counts each group's opted-out and unknown rows (and the
 * selected among them) and the candidate's selected, both and tp; the audit of
 * its result is the streaming audit's report, and a cell the CSV reader
 * refuses is refused from the result too.
 */
const duck = useDuckDb('fairgate-duckdb-extras-');
const { dir } = duck;
/** Tables are loaded as text unless a case says typed. */
const warehouseAudit = (csv: string, config: Readonly<AuditConfig>, isText = true) => duck.warehouseAudit(csv, config, { isText });

const ALL = { prediction: 'targeted', label: 'converted', score: 'score', consent: 'consent', candidate: 'model_b', decision: 'offer_tier' };

describe('the DuckDB query with --consent, --candidate and --decision gives the streaming audit’s report', () => {
  it.each([
    ['all three, typed columns', { columns: ALL, groups: ['region', 'gender', 'age_band', 'gender+region'] }, false],
    ['all three, text columns, --missing drop', { columns: ALL, groups: ['region', 'age_band'], missing: 'drop' }, true],
    ['a candidate score cut at the threshold, consent with own value lists', { columns: { label: 'converted', score: 'score', consent: 'consent', candidate: 'model_b' }, threshold: 0.5, consent: { yes: ['YES'], no: ['no', 'n'] }, groups: ['region', 'ethnicity'] }, true],
  ])('marketing fixture: %s', async (_name, overrides, isText) => {
    const config = testConfig(overrides);
    const expected = await streamingAudit(MARKETING, config);
    const actual = await warehouseAudit(MARKETING, config, isText);
    assertValidResult(actual);
    expectSameReport(actual, expected);
  });

  it('the planted breach is judged from the result: 27 targeted rows with consent=no, all in West', async () => {
    // counted with awk over the fixture: targeted=1 and consent=no by region gives West 27 and no other region
    const config = testConfig({ columns: ALL, groups: ['region'] });
    const actual = await warehouseAudit(MARKETING, config);
    const failed = actual.findings.filter((f) => f.attribute === 'region' && f.rule === 'unconsented_selected==0' && f.status === 'fail');
    expect(failed.map((f) => [f.group, f.value])).toEqual([['West', 27]]);
    expectSameReport(actual, await streamingAudit(MARKETING, config));
  });

  it('a consent that is neither yes nor no, an unreadable or empty candidate: refused on both paths', async () => {
    const rows = ['g,d,y,consent,cand', 'a,1,1,yes,1', 'a,0,0,no,0', 'b,1,0,,1', 'b,0,1,Yes,0'];
    const write = (name: string, lines: string[]) => {
      const file = path.join(dir, name);
      writeFileSync(file, lines.join('\n') + '\n');
      return file;
    };
    const config = testConfig({ columns: { prediction: 'd', label: 'y', consent: 'consent', candidate: 'cand' }, groups: ['g'], minGroupSize: 1 });
    const good = write('good.csv', rows);
    expectSameReport(await warehouseAudit(good, config), await streamingAudit(good, config));
    const maybe = write('maybe.csv', [...rows, 'b,1,1,maybe,1']);
    await expect(streamingAudit(maybe, config)).rejects.toThrow(/line 6, column 4 \(consent\): consent "maybe" is neither opted in \("yes", .*\) nor opted out \("no", .*\); map it with --consent-yes or --consent-no/);
    await expect(warehouseAudit(maybe, config)).rejects.toThrow(/\.csv: 1 row has a consent in column "consent" that is neither opted in \("yes", .*\) nor opted out \("no", .*\), e\.g\. "maybe"; map it with --consent-yes or --consent-no/);
    const unreadable = write('unreadable.csv', [...rows, 'b,1,1,yes,2']);
    await expect(streamingAudit(unreadable, config)).rejects.toThrow(/candidate value "2" is neither positive nor negative/);
    await expect(warehouseAudit(unreadable, config)).rejects.toThrow(/1 row has a candidate in column "cand" that is empty or neither positive nor negative, e\.g\. "2"/);
    const empty = write('empty.csv', [...rows, 'b,1,1,yes,', 'a,0,1,no, ']);
    await expect(streamingAudit(empty, config)).rejects.toThrow(/the candidate cell is empty/);
    await expect(warehouseAudit(empty, config)).rejects.toThrow(/2 rows have an empty candidate cell in column "cand"/);
    // a row the CSV reader drops before it reads consent (no prediction) is not refused
    const dropped = write('dropped.csv', [...rows, 'b,,1,maybe,']);
    expectSameReport(await warehouseAudit(dropped, config), await streamingAudit(dropped, config));
  });
});
