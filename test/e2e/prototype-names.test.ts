import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Any name is just a name: every property name of Object.prototype
 * (`constructor`, `__proto__`, `toString`, `hasOwnProperty`, …) as a column
 * name, as a group value, as a positive value, as a reference group and as a
 * rule's attribute, through every report format, aggregates, a baseline and
 * `fairgate explain`. The per-group counts are checked against a count made
 * here with Maps.
 */
const NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ROWS = 48;
const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-proto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Row {
  cells: string[];
  decision: 0 | 1;
  label: 0 | 1;
  score: number;
}

const rows: Row[] = Array.from({ length: ROWS }, (_, i) => ({
  cells: NAMES.map((_, j) => NAMES[(i * ((j % 5) + 1) + j) % NAMES.length]!),
  decision: (i % 3 === 0 ? 1 : 0) as 0 | 1,
  label: ((i >> 1) % 2) as 0 | 1,
  score: ((i * 7) % 10) / 10 + 0.05,
}));
// the decision column holds prototype names too: `constructor` is the positive value
const csv = [[...NAMES, 'd', 'y', 's'].join(','), ...rows.map((r) => [...r.cells, r.decision ? 'constructor' : 'toString', r.label, r.score].join(','))].join('\n') + '\n';
writeFileSync(path.join(dir, 'data.csv'), csv);
const INTERSECTION = 'constructor+__proto__';
const GROUPS = [...NAMES, INTERSECTION];
const config = [
  `groups: [${GROUPS.map((g) => JSON.stringify(g)).join(', ')}]`,
  'columns: { prediction: d, label: y, score: s }',
  'predictionPositive: [constructor]',
  'minGroupSize: 1',
  'referenceGroups: { toString: hasOwnProperty, valueOf: constructor, __proto__: constructor }',
  'rules:',
  '  - { metric: disparate_impact, min: 0.8, attributes: [__proto__, constructor, "constructor+__proto__"] }',
  '  - { metric: tpr, min: 0.1 }',
].join('\n');
writeFileSync(path.join(dir, 'fairgate.config.yaml'), `${config}\n`);

type Counts = { n: number; selected: number; positives: number; tp: number };
/** The oracle: per attribute, group key → counts, with Maps only. */
function expectedCounts(): Map<string, Map<string, Counts>> {
  const out = new Map<string, Map<string, Counts>>();
  for (const attribute of GROUPS) {
    const byKey = new Map<string, Counts>();
    for (const r of rows) {
      const key = attribute.split('+').map((c) => r.cells[NAMES.indexOf(c)]!).join('|');
      const c = byKey.get(key) ?? { n: 0, selected: 0, positives: 0, tp: 0 };
      byKey.set(key, { n: c.n + 1, selected: c.selected + r.decision, positives: c.positives + r.label, tp: c.tp + r.decision * r.label });
    }
    out.set(attribute, byKey);
  }
  return out;
}

interface ReportGroup {
  key: string;
  values: Record<string, string>;
  n: number;
  tp: number;
  fp: number;
  fn: number;
}
type Report = { attributes: { name: string; groups: ReportGroup[]; references: Record<string, string | null> }[]; input: Record<string, unknown>; command?: unknown };

function reportedCounts(report: Report): Map<string, Map<string, Counts>> {
  return new Map(report.attributes.map((a) => [a.name, new Map(a.groups.map((g) => [g.key, { n: g.n, selected: g.tp + g.fp, positives: g.tp + g.fn, tp: g.tp }]))]));
}

const FORMATS = ['json', 'md', 'html', 'xml', 'csv', 'txt'] as const;

describe('prototype property names as columns and values', () => {
  const outputs = FORMATS.flatMap((f) => ['-o', `r.${f}`]);
  const run = runCli(['audit', 'data.csv', '--reference', 'constructor=valueOf', ...outputs, '--quiet'], { cwd: dir });
  const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as Report;

  it('audits them like any other name: every group counted as an independent count says, every format written', () => {
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.exitCode);
    assertValidReport(report);
    expect(reportedCounts(report)).toEqual(expectedCounts());
    const values = report.attributes.find((a) => a.name === INTERSECTION)!.groups.map((g) => g.values);
    for (const v of values) expect(Object.keys(v)).toEqual(['constructor', '__proto__']);
    for (const f of FORMATS) {
      const text = readFileSync(path.join(dir, `r.${f}`), 'utf8');
      for (const name of ['constructor', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) expect(text, f).toContain(name);
    }
  });

  it('takes them as explicit reference groups, from the command line and from the config file', () => {
    const reference = (attribute: string) => report.attributes.find((a) => a.name === attribute)!.references.selection_rate;
    expect(reference('constructor')).toBe('valueOf');
    expect(reference('toString')).toBe('hasOwnProperty');
    expect(reference('valueOf')).toBe('constructor');
    expect(reference('__proto__')).toBe('constructor');
  });

  it('aggregates and merges them, and compares them with a baseline', () => {
    const aggregate = runCli(['aggregate', 'data.csv', '-o', 'a.json'], { cwd: dir });
    // the config found in the working directory is named, as for every command that reads one unasked
    expect(aggregate.stderr).toMatch(/^fairgate: using config fairgate\.config\.yaml[^\n]*\n$/);
    const merged = runCli(['audit', '--from-aggregates', 'a.json', '--reference', 'constructor=valueOf', '--format', 'json'], { cwd: dir });
    expect(merged.stderr).toMatch(/^fairgate: using config fairgate\.config\.yaml[^\n]*\n$/);
    expect(reportedCounts(JSON.parse(merged.stdout) as Report)).toEqual(expectedCounts());
    const again = runCli(['audit', 'data.csv', '--reference', 'constructor=valueOf', '--baseline', 'r.json', '--format', 'json'], { cwd: dir });
    expect(again.stderr).toMatch(/^fairgate: using config fairgate\.config\.yaml[^\n]*\n$/);
    expect(again.exitCode).toBe(run.exitCode);
    const comparison = (JSON.parse(again.stdout) as { baseline: { onlyInBaseline: unknown[]; onlyInCurrent: unknown[] } }).baseline;
    expect(comparison.onlyInBaseline).toEqual([]);
    expect(comparison.onlyInCurrent).toEqual([]);
  });

  it('masks them under small-cell suppression like any other group', () => {
    writeFileSync(path.join(dir, 'plain.yaml'), `${config.split('\n').filter((l) => !l.startsWith('referenceGroups')).join('\n')}\n`);
    const masked = runCli(['audit', 'data.csv', '-c', 'plain.yaml', '--suppress-below', '5', '--format', 'json', '--allow-no-verdict'], { cwd: dir });
    expect(masked.stderr).toBe('');
    const privacy = (JSON.parse(masked.stdout) as { privacy: { attributes: { name: string }[] } }).privacy;
    expect(privacy.attributes.map((a) => a.name)).toEqual(GROUPS);
  });

  it.each(NAMES)('fairgate explain %s is an unknown topic, not a crash', (name) => {
    const explained = runCli(['explain', name], { cwd: dir });
    expect(explained.stderr).toMatch(new RegExp(`^fairgate: explain: unknown topic "${name.replace(/[$]/g, '\\$&')}"`));
    expect(explained.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(explained.exitCode).toBe(2);
  });
});
