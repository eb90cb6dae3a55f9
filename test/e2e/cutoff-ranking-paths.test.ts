import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-paths-'));
const spool = mkdtempSync(path.join(tmpdir(), 'fairgate-spool-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(spool, { recursive: true, force: true });
});

/** The fixture with one label cell emptied (line 1001 of the file). */
function withEmptyLabel(): string {
  const lines = readFileSync(DATA, 'utf8').split('\n');
  lines[1000] = lines[1000]!.replace(/,[01]$/, ',');
  const file = path.join(dir, 'empty-label.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** Ranked lists of 8 per user, groups by position; a user_id list column and an e-mail column the audit does not read. */
function rankedCsv(rows: number, emptyRankAt?: number): string {
  const lines = ['user_id,email,rank,g,clicked'];
  for (let i = 0; i < rows; i++) {
    const rank = i === emptyRankAt ? '' : String((i % 8) + 1);
    lines.push(`u${Math.floor(i / 8)},person${i}@example.org,${rank},${['A', 'B', 'C'][(i * 7) % 3]},${(i * 13) % 5 === 0 ? 1 : 0}`);
  }
  const file = path.join(dir, `ranked-${rows}-${emptyRankAt ?? 'full'}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const TOP_K = ['--group', 'gender', '--score', 'score', '--label', 'converted', '--top-k', '5000', '--format', 'json'];
/** The rest of every --strict message (the catalogue's wording: what to do about it). */
const STRICT = '--strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped';
const RANKED = ['--group', 'g', '--rank', 'rank', '--list', 'user_id', '--label', 'clicked', '--k', '3', '--format', 'json'];

function json(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const run = runCli(['audit', ...args], options);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout);
  assertValidReport(report);
  return report;
}

describe('score cut-offs (two passes): --strict, identifier notices, standard input', () => {
  it('--strict stops in pass 1 at the first row that would be left out, from a file and from standard input (copy deleted)', () => {
    const file = withEmptyLabel();
    const fromFile = runCli(['audit', file, ...TOP_K, '--strict']);
    expect(fromFile.exitCode).toBe(2);
    const message = `line 1001, column 8 (converted): the label cell is empty, so this row would be left out (missing_label); ${STRICT}\n`;
    expect(fromFile.stderr).toBe(`fairgate: ${file}, ${message}`);
    const fromStdin = runCli(['audit', '-', ...TOP_K, '--strict'], { input: readFileSync(file, 'utf8'), env: { TMPDIR: spool } });
    expect(fromStdin.exitCode).toBe(2);
    expect(fromStdin.stderr).toBe(`fairgate: -, ${message}`);
    expect(readdirSync(spool)).toEqual([]);
    // Without --strict the row is left out and takes no place in the top k.
    const report = json([file, ...TOP_K]);
    expect(report.input.rowsDropped).toEqual({ missing_label: 1 });
    expect(report.selection.rows).toBe(19_999);
  });

  it('gives the identifier notice for customer_id from a file and from standard input alike', () => {
    const fromFile = json([DATA, ...TOP_K]);
    const fromStdin = json(['-', ...TOP_K], { input: readFileSync(DATA, 'utf8'), env: { TMPDIR: spool } });
    const notice = (r: { notices: { code: string; message: string }[] }) => r.notices.find((n) => n.code === 'identifier-columns')?.message;
    expect(notice(fromFile)).toMatch(/"customer_id" \(customer, user, case or record id\)/);
    expect(notice(fromStdin)).toBe(notice(fromFile));
    expect(fromStdin.selection).toEqual(fromFile.selection);
  });

  it('worker threads give the same report as one thread (pass 2 gets the cut-off)', () => {
    const one = json([DATA, ...TOP_K, '--threads', '1']);
    const two = json([DATA, ...TOP_K, '--threads', '2']);
    expect(two.attributes).toEqual(one.attributes);
    expect(two.selection).toEqual(one.selection);
    expect(two.notices).toEqual(one.notices);
  });
});

describe('ranked outputs on the byte scanner', () => {
  it('reads the same lists in one thread and in worker threads', () => {
    const file = rankedCsv(4000);
    const one = json([file, ...RANKED, '--threads', '1']);
    const two = json([file, ...RANKED, '--threads', '2']);
    expect(one.ranking).toEqual({ rank: 'rank', list: 'user_id', k: 3, lists: 500, rows: 4000, incompleteLists: 0 });
    expect(two.ranking).toEqual(one.ranking);
    expect(two.attributes).toEqual(one.attributes);
  });

  it('a list column is read by the audit, so it is no identifier notice; the unread e-mail column is', () => {
    const report = json([rankedCsv(80), ...RANKED]);
    const notice = report.notices.find((n: { code: string }) => n.code === 'identifier-columns').message;
    expect(notice).toMatch(/"email" \(e-mail address\)/);
    expect(notice).not.toMatch(/user_id/);
  });

  it('an empty rank cell drops the row, and --strict makes it an input error naming the rank column', () => {
    const file = rankedCsv(80, 9);
    const report = json([file, ...RANKED]);
    expect(report.input.rowsDropped).toEqual({ missing_rank: 1 });
    // List u1 now has 7 rows with ranks up to 8: part of a list.
    expect(report.ranking.incompleteLists).toBe(1);
    const strict = runCli(['audit', file, ...RANKED, '--strict']);
    expect(strict.exitCode).toBe(2);
    expect(strict.stderr).toBe(`fairgate: ${file}, line 11, column 3 (rank): the rank cell is empty, so this row would be left out (missing_rank); ${STRICT}\n`);
  });

  it('repeated positions found across worker ranges are an error naming the list', () => {
    const file = rankedCsv(4000);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(3000, 0, lines[2999]!.replace(/^u\d+/, 'u0'));
    writeFileSync(file, lines.join('\n'));
    const run = runCli(['audit', file, ...RANKED, '--threads', '2']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/list "u0" \(column "user_id"\) has 9 rows but its largest rank is 8, so positions repeat/);
  });
});

describe('aggregates and warehouse statistics refuse what needs the rows', () => {
  it('refuses a rank column or a score cut-off in fairgate aggregate, fairgate sql and audit --from-aggregates (exit 2)', () => {
    const ranked = path.join(dir, 'ranked.config.yaml');
    writeFileSync(ranked, 'columns: { rank: rank, list: user_id }\ngroups: [g]\n');
    const aggregate = runCli(['aggregate', rankedCsv(80), '-c', ranked]);
    expect(aggregate.exitCode).toBe(2);
    expect(aggregate.stderr).toMatch(/invalid configuration in fairgate aggregate: columns\.rank: ranked outputs are checked list by list/);
    const sql = runCli(['sql', '--dialect', 'duckdb', '--table', 't', '--group', 'gender', '--score', 'score', '-c', path.join(ROOT, 'fixtures/marketing/ll144-scoring.config.yaml')]);
    expect(sql.exitCode).toBe(2);
    expect(sql.stderr).toMatch(/a score cut-off \(--top-k, --top-percent, the ll144 scoring rate\) depends on all scores at once/);
    const file = path.join(dir, 'plain.json');
    const plain = runCli(['aggregate', DATA, '--group', 'gender', '--score', 'score', '-o', file]);
    expect(plain.exitCode).toBe(0);
    const audit = runCli(['audit', '--from-aggregates', file, '--top-k', '100']);
    expect(audit.exitCode).toBe(2);
    expect(audit.stderr).toMatch(/invalid configuration in --from-aggregates: topK: a score cut-off/);
  });
});

describe('--baseline with --from-aggregates', () => {
  it('compares merged statistics with an earlier report like a data run, and refuses one of another audit', () => {
    const file = path.join(dir, 'fixture.json');
    const flags = ['--group', 'gender', '--prediction', 'targeted', '--label', 'converted'];
    expect(runCli(['aggregate', DATA, ...flags, '-o', file]).exitCode).toBe(0);
    const baseline = path.join(dir, 'baseline.json');
    // Exit 1: the default four-fifths rule fails on the fixture (Female 0.714); the report is written.
    expect(runCli(['audit', DATA, ...flags, '-o', baseline, '--quiet']).exitCode).toBe(1);
    const report = json(['--from-aggregates', file, '--baseline', baseline, '--rule', 'regression(selection_rate)<=0.01', '--format', 'json']);
    expect(report.baseline.changes.find((c: { group: string; metric: string }) => c.group === 'Female' && c.metric === 'selection_rate')).toMatchObject({ before: 0.24982242516489092, change: 0 });
    expect(report.status).toBe('pass');
    const other = runCli(['audit', '--from-aggregates', file, '--baseline', baseline, '--min-group-size', '50']);
    expect(other.exitCode).toBe(2);
    expect(other.stderr).toMatch(/is not a report of the same audit \(1 difference\)[\s\S]*minGroupSize: baseline 30, now 50/);
  });
});
