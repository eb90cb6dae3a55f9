import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic rows; every `noteEvery`-th row carries a quoted note with line breaks, commas and quotes. */
function writeCsv(name: string, rows: number, options: { eol?: string; noteEvery?: number; bad?: Map<number, string> } = {}): string {
  const eol = options.eol ?? '\n';
  const lines = ['id,note,g,h,d,y,s'];
  let x = 12345;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let i = 1; i <= rows; i++) {
    const note = options.noteEvery && i % options.noteEvery === 0 ? `"line one${eol}line, two ""quoted""${eol}${eol}end"` : 'plain';
    const s = (Math.round(next() * 1e6) / 1e6).toString();
    const cells = [String(i), note, ['A', 'B', 'C', ''][i % 4], ['x', 'y'][(i >> 2) % 2], String(next() < 0.4 ? 1 : 0), String(next() < Number(s) ? 1 : 0), s];
    lines.push(options.bad?.get(i) ?? cells.join(','));
  }
  const file = path.join(dir, name);
  writeFileSync(file, lines.join(eol) + eol);
  return file;
}

const AUDIT = ['--group', 'g,h,g+h', '--prediction', 'd', '--label', 'y', '--score', 's', '--format', 'json'];

function auditJson(file: string, threads: number, extra: string[] = []): Record<string, unknown> {
  const run = runCli(['audit', file, ...AUDIT, '--threads', String(threads), ...extra]);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Record<string, unknown>;
  delete report.command; // the only field that names the thread count
  return report;
}

describe('worker threads over byte ranges', () => {
  it.each([
    ['LF, quoted line breaks everywhere', { noteEvery: 1 }],
    ['CRLF, some quoted line breaks', { eol: '\r\n', noteEvery: 7 }],
    ['CR line endings', { eol: '\r', noteEvery: 5 }],
  ])('give the report of one thread, bit for bit (%s)', (_name, options) => {
    const file = writeCsv(`split-${options.noteEvery}.csv`, 6000, options);
    const one = auditJson(file, 1);
    expect((one.input as { rowsRead: number }).rowsRead).toBe(6000);
    for (const threads of [2, 3, 7]) expect(auditJson(file, threads)).toEqual(one);
  });

  it.each([
    ['no budget beyond the 10,000-pair floor', '0', true],
    ['a budget that keeps some maps past the floor exact', '2.7', true],
    ['the default budget: every map exact', '64', false],
  ])('give the report of one thread, bit for bit, when groups pass 10,000 distinct scores (%s)', (_name, megabytes, isGrid) => {
    // 24,000 rows with 6-decimal scores: the population and the larger groups pass 10,000 pairs. Each thread keeps its
    // maps under the whole budget; the merge applies the run-wide limit again. (A grid merge once counted the second
    // range twice in the overall AUC: the population is the first attribute's total.)
    const file = writeCsv('grid.csv', 24_000);
    const one = auditJson(file, 1, ['--exact-memory', megabytes]);
    const overall = one.overall as { aucMaxError?: number; metrics: { auc: number } };
    expect(overall.aucMaxError !== undefined).toBe(isGrid);
    for (const threads of [2, 3]) expect(auditJson(file, threads, ['--exact-memory', megabytes])).toEqual(one);
  });

  it('report the first error in file order with its line, as one thread does', () => {
    const bad = new Map([
      [4500, '4500,plain,A,x,1,0,oops'],
      [5900, '5900,plain,A,x,1,0,1.5'],
    ]);
    const file = writeCsv('bad-score.csv', 6000, { noteEvery: 3, bad });
    const one = runCli(['audit', file, ...AUDIT, '--threads', '1']);
    expect(one.exitCode).toBe(2);
    // 1 header line, 4499 rows before it, 1499 of them with a note of 4 lines (3 extra breaks)
    expect(one.stderr).toBe(`fairgate: ${file}, line ${1 + 4499 + 3 * 1499 + 1}, column 7 (s): score "oops" is not a number; expected a probability between 0 and 1 (e.g. 0.37)\n`);
    for (const threads of [2, 4]) expect(runCli(['audit', file, ...AUDIT, '--threads', String(threads)])).toEqual(one);
  });

  it('count values that are neither positive nor negative across ranges', () => {
    const bad = new Map([1000, 3000, 5000].map((i) => [i, `${i},plain,A,x,maybe,0,0.5`]));
    const file = writeCsv('bad-decision.csv', 6000, { bad });
    const one = runCli(['audit', file, ...AUDIT, '--threads', '1']);
    expect(one.stderr).toMatch(/line 1001, column 5 \(d\): prediction column "d" has values that are neither positive \(1, true, yes\) nor negative \(0, false, no\) in 3 rows; values found: .*"maybe"/);
    for (const threads of [2, 3]) expect(runCli(['audit', file, ...AUDIT, '--threads', String(threads)])).toEqual(one);
  });

  it('refuses a thread count that is not a whole number', () => {
    const run = runCli(['audit', writeCsv('small.csv', 10), ...AUDIT, '--threads', 'many']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--threads: expected auto or a whole number from 1 to 64, got "many"');
  });
});
