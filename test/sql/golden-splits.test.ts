import { describe, expect, it } from 'vitest';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { DIALECT_NAMES } from '../../src/sql/dialects.js';
import { testConfig } from '../helpers/rows.js';

const tool = { name: 'fairgate', version: 'test' };

/**
 * The query of every dialect with legitimate factors and time windows (the
 * internal intersections keyed like attributes, the date cut into window
 * labels, dates that are not dates refused), against reviewed golden files.
 * After a deliberate change: `npx vitest run test/sql -u`, then review the diff.
 */
describe('fairgate sql with --strata and --period: golden query text', () => {
  const config = testConfig({
    columns: { prediction: 'targeted', label: 'converted', score: 'score' },
    groups: ['gender', 'gender+ethnicity'],
    strata: ['region'],
    period: 'date',
    every: 'week',
    tz: 'Europe/Paris',
  });
  it.each(DIALECT_NAMES)('%s', async (dialect) => {
    await expect(buildStatisticsQuery(config, 'analytics.marketing', dialect, tool)).toMatchFileSnapshot(`golden/${dialect}-strata-windows.sql`);
  });
});
