import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import type { PublishedReport } from '../../src/render/reporters/json.js';
import { COUNTS, eliminate, linearlyDetermined, publishedSystem, type SchemaFact } from '../helpers/report-attacks.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * A county column nested in a state column, through the built CLI: the file in
 * one thread, over worker threads, and as aggregates of two shards give the
 * same masks, and a reader who knows which state each county is in recovers
 * no hidden count.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-nesting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STATE_OF = new Map([...Array.from({ length: 9 }, (_, i) => [`county${i}`, `state${i % 3}`] as [string, string])]);
// county sizes: some small (2, 3, 4 rows), most large; 4,000 rows so that --threads 2 splits the file
const SIZES = [2, 600, 700, 3, 500, 800, 4, 691, 700];
const lines = ['county,state,sex,d'];
SIZES.forEach((size, c) => {
  for (let i = 0; i < size; i++) lines.push(`county${c},${STATE_OF.get(`county${c}`)},${i % 2 ? 'F' : 'M'},${(i * 7) % 3 === 0 ? 1 : 0}`);
});
const data = path.join(dir, 'data.csv');
writeFileSync(data, `${lines.join('\n')}\n`);
writeFileSync(path.join(dir, 'shard-1.csv'), `${lines.slice(0, 2000).join('\n')}\n`);
writeFileSync(path.join(dir, 'shard-2.csv'), `${[lines[0], ...lines.slice(2000)].join('\n')}\n`);
const FLAGS = ['-g', 'county,state,sex,state+sex', '--prediction', 'd'];
const facts: SchemaFact[] = [{ from: 'county', to: 'state', map: STATE_OF }];

function audit(args: readonly string[]): PublishedReport {
  const run = runCli(['audit', ...args, '--suppress-below', '5', '--format', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as PublishedReport;
}

const masks = (r: PublishedReport) => r.attributes.map((a) => a.groups.filter((g) => g.suppressed).map((g) => `${a.name}=${g.key}:${g.suppressed}`)).flat();

describe('suppression of a county column nested in a state column (CLI)', () => {
  const one = audit(['data.csv', ...FLAGS, '--threads', '1']);

  it('hides the small counties and partners inside the same states; the schema-aware reader recovers nothing', () => {
    // state0 is county0 + county3 + county6 (9 rows): 1 + 1 + 2 = 4 women
    expect(masks(one).filter((m) => m.endsWith(':primary'))).toEqual(['county=county0:primary', 'county=county3:primary', 'county=county6:primary', 'state+sex=state0|F:primary']);
    const system = publishedSystem(one as unknown as AuditResult, facts);
    const masked = new Set(system.ids.filter((id) => system.values.get(id)!.n === null));
    for (const count of COUNTS) expect([...eliminate(system, count).keys()].filter((id) => masked.has(id))).toEqual([]);
    expect(linearlyDetermined(system)).toEqual([]);
    expect(one.notices.find((n) => n.code === 'nested-attributes')?.message).toContain('county within state');
  });

  it('gives the same masks over two worker threads and from aggregates of two shards', () => {
    expect(masks(audit(['data.csv', ...FLAGS, '--threads', '2']))).toEqual(masks(one));
    for (const shard of ['shard-1', 'shard-2']) {
      const run = runCli(['aggregate', `${shard}.csv`, ...FLAGS, '-o', `${shard}.json`], { cwd: dir });
      expect(run.stderr).toBe('');
    }
    const aggregate = JSON.parse(readFileSync(path.join(dir, 'shard-1.json'), 'utf8')) as { dependencies: { from: string; to: string }[] };
    expect(aggregate.dependencies.map((d) => `${d.from}→${d.to}`)).toEqual(['county→state']);
    expect(masks(audit(['--from-aggregates', 'shard-1.json', 'shard-2.json']))).toEqual(masks(one));
  });

  it('says so when the statistics do not carry the dependencies (an aggregate of an older fairgate)', () => {
    const file = path.join(dir, 'shard-1.json');
    const { dependencies: _, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'older.json'), JSON.stringify(older));
    const report = audit(['--from-aggregates', 'older.json', 'shard-2.json']);
    expect(report.notices.map((n) => n.code)).toContain('nesting-unknown');
  });
});
