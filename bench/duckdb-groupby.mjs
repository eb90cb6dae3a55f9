#!/usr/bin/env node
/**
 * DuckDB's side of the comparison: read_csv + GROUP BY of the audited columns, per group and score
 * bin (10 bins): rows, Σ decision, Σ label, Σ score — what bench/hand-written.mjs computes.
 *
 *   node bench/duckdb-groupby.mjs FILE [--threads 2] [--groups "gender;ethnicity;age_band;region;gender,ethnicity"]
 *
 * --groups lists the grouping sets, `;` between sets and `,` between the columns of one (an
 * intersection). Prints the number of result rows.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    threads: { type: 'string', default: '2' },
    groups: { type: 'string', default: 'gender;ethnicity;age_band;region;gender,ethnicity' },
    score: { type: 'string', default: 'score' },
    decision: { type: 'string', default: 'targeted' },
    label: { type: 'string', default: 'converted' },
  },
});
const file = positionals[0];
if (!file) throw new Error('usage: node bench/duckdb-groupby.mjs FILE [--threads N] [--groups SETS]');
const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const sets = values.groups.split(';').map((set) => set.split(',').map(quote));
const columns = [...new Set(sets.flat())];
const db = await DuckDBInstance.create(':memory:', { threads: values.threads });
const c = await db.connect();
const r = await c.runAndReadAll(
  `SELECT ${columns.join(', ')}, least(floor(${quote(values.score)} * 10), 9) b, count(*) n, sum(${quote(values.decision)}) sel, sum(${quote(values.label)}) pos, sum(${quote(values.score)}) s
   FROM read_csv('${file.replaceAll("'", "''")}')
   GROUP BY GROUPING SETS (${sets.map((set) => `(${[...set, 'b'].join(', ')})`).join(', ')})`,
);
console.log(r.currentRowCount);
