#!/usr/bin/env node
// DuckDB (2 threads) read_csv + GROUP BY: per-group counts and score sums, as in the table.
import { DuckDBInstance } from '@duckdb/node-api';

const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const c = await db.connect();
const file = process.argv[2].replaceAll("'", "''");
const r = await c.runAndReadAll(
  `SELECT gender, ethnicity, age_band, region, count(*) n, sum(targeted) sel, sum(converted) pos, sum(score) s, floor(score * 10) b
   FROM read_csv('${file}') GROUP BY GROUPING SETS ((gender, b), (ethnicity, b), (age_band, b), (region, b), (gender, ethnicity, b))`,
);
console.log(r.currentRowCount);
