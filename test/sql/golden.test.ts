import { describe, expect, it } from 'vitest';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { DIALECT_NAMES } from '../../src/sql/dialects.js';
import { testConfig } from '../helpers/rows.js';

const tool = { name: 'fairgate', version: 'test' };

/**
 * The query text of every dialect, against reviewed golden files. DuckDB's,
 * PostgreSQL's and ClickHouse's are also run on real engines (duckdb, postgres
 * and clickhouse.test.ts); Spark's and BigQuery's are parsed by parsers of
 * those dialects (dialect-parsers.test.ts).
 * After a deliberate change: `npx vitest run test/sql -u`, then review the diff.
 */
describe('fairgate sql: golden query text', () => {
  const config = testConfig({ columns: { prediction: 'targeted', label: 'converted', score: 'score' }, groups: ['gender', 'ethnicity', 'gender+ethnicity'] });
  it.each(DIALECT_NAMES)('%s', async (dialect) => {
    await expect(buildStatisticsQuery(config, 'analytics.marketing', dialect, tool)).toMatchFileSnapshot(`golden/${dialect}.sql`);
  });

  const variant = testConfig({
    columns: { label: "it's", score: 'score' },
    threshold: 0.3,
    labelPositive: ['won', "o'k"],
    groups: ['region'],
    missing: 'drop',
    bins: 5,
  });
  it.each(DIALECT_NAMES)('%s, with a threshold, a positive list, --missing drop and quotes in names', async (dialect) => {
    await expect(buildStatisticsQuery(variant, 'decisions', dialect, tool)).toMatchFileSnapshot(`golden/${dialect}-threshold-drop.sql`);
  });
});

describe('fairgate sql --outcome: golden query text (each group\'s outcome value → count map)', () => {
  const config = testConfig({ columns: { prediction: 'targeted', outcome: 'offer_value' }, groups: ['ethnicity'] });
  it.each(DIALECT_NAMES)('%s', async (dialect) => {
    await expect(buildStatisticsQuery(config, 'analytics.marketing', dialect, tool)).toMatchFileSnapshot(`golden/${dialect}-outcome.sql`);
  });
});

describe('fairgate sql --consent --candidate --decision: golden query text (consent, candidate and class rows per group)', () => {
  const config = testConfig({ columns: { prediction: 'targeted', label: 'converted', consent: 'consent', candidate: 'model_b', decision: 'offer_tier' }, groups: ['region'] });
  it.each(DIALECT_NAMES)('%s', async (dialect) => {
    await expect(buildStatisticsQuery(config, 'analytics.marketing', dialect, tool)).toMatchFileSnapshot(`golden/${dialect}-consent-candidate.sql`);
  });
});

describe('fairgate sql --dialect clickhouse: refusals', () => {
  it('a column named like one of the query’s fg_ aliases (ClickHouse would read the alias)', () => {
    const config = testConfig({ columns: { prediction: 'fg_p', label: 'y', score: 's' }, groups: ['g'] });
    expect(() => buildStatisticsQuery(config, 't', 'clickhouse', tool)).toThrow(/^column "fg_p": ClickHouse queries name their own values fg_…, .*rename it in a view/);
    expect(() => buildStatisticsQuery(config, 't', 'duckdb', tool)).not.toThrow();
    const consent = testConfig({ columns: { prediction: 'd', consent: 'fg_k' }, groups: ['g'] });
    expect(() => buildStatisticsQuery(consent, 't', 'clickhouse', tool)).toThrow(/^column "fg_k": ClickHouse queries name their own values fg_…/);
  });
});
