import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AuditConfig } from '../../src/model/config.js';
import { buildStatisticsQuery } from '../../src/sql/build-query.js';
import { meta, resultAudit } from './warehouse-audits.js';

export const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * An in-memory DuckDB for one test file (opened before its tests, closed
 * after them, with a scratch folder): `warehouseAudit` loads a CSV into a
 * table (typed columns, or all text), runs the printed query, saves its
 * result as CSV or a JSON array and audits that.
 */
export function useDuckDb(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  let connection: DuckDBConnection | undefined;
  beforeAll(async () => {
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  afterAll(() => {
    connection?.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = (sql: string) => connection!.run(sql);
  return {
    dir,
    run,
    async warehouseAudit(csv: string, config: Readonly<AuditConfig>, { isText = false, format = 'csv' }: { isText?: boolean; format?: 'csv' | 'json' } = {}) {
      const table = `t${Math.random().toString(36).slice(2, 8)}`;
      await run(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${quote(csv)}${isText ? ', all_varchar = true' : ''})`);
      const query = buildStatisticsQuery(config, table, 'duckdb', meta.tool).replace(/;\s*$/, '');
      const out = path.join(dir, `${table}.${format}`);
      await run(`COPY (${query}) TO ${quote(out)} (${format === 'json' ? 'FORMAT json, ARRAY true' : 'HEADER'})`);
      return resultAudit(config, out);
    },
  };
}
