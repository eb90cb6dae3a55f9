import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * Many groups finish: 20,000 distinct values of one attribute go through the
 * built CLI to a complete report (no time limit is asserted: the test's
 * timeout is the bound; bench/run.mjs measures the time). Every group's
 * counts and impact ratio are checked against a count made here from the rows.
 */
const GROUPS = 20_000;
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('20,000 distinct values in one attribute', () => {
  it('give a report of 20,000 groups whose counts equal a recount of the rows', () => {
    let state = 99;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const lines = ['g,d'];
    const expected = new Map<string, { n: number; selected: number }>();
    for (let i = 0; i < GROUPS * 4; i++) {
      const g = `v${(i * 7919) % GROUPS}`;
      const d = next() < 0.5 ? 1 : 0;
      lines.push(`${g},${d}`);
      const e = expected.get(g) ?? { n: 0, selected: 0 };
      e.n += 1;
      e.selected += d;
      expected.set(g, e);
    }
    writeFileSync(path.join(dir, 'data.csv'), lines.join('\n') + '\n');
    const out = path.join(dir, 'report.json');
    const run = runCli(['audit', 'data.csv', '--prediction', 'd', '--group', 'g', '--min-group-size', '2', '--reference', 'overall', '-o', out, '--quiet'], { cwd: dir });
    expect(run.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(run.exitCode);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      attributes: { groups: { key: string; n: number; selected: number; disparities: { disparate_impact?: { value: number } } }[] }[];
    };
    const groups = report.attributes[0]!.groups;
    expect(groups).toHaveLength(GROUPS);
    const overall = [...expected.values()].reduce((s, e) => s + e.selected, 0) / (GROUPS * 4);
    for (const g of groups) {
      const e = expected.get(g.key)!;
      expect({ n: g.n, selected: g.selected }).toEqual(e);
      expect(g.disparities.disparate_impact!.value).toBeCloseTo(e.selected / e.n / overall, 12);
    }
  }, 300_000);
});
