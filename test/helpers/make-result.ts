import type { AuditConfig } from '../../src/model/config.js';
import { buildAuditResult } from '../../src/pipeline/build-result.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { testConfig, tallyRows, type TestRow } from './rows.js';

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface ResultSpec {
  /** group value → confusion counts, for the attribute `column` */
  groups: Record<string, Confusion>;
  /** the demographic column (default `g`) */
  column?: string;
  /** rule expressions (default: the four-fifths rule) */
  rules?: string[];
  /** add a score per row (deterministic, roughly calibrated) so calibration metrics exist */
  hasScore?: boolean;
  /** rows left out, by reason */
  dropped?: Record<string, number>;
  config?: Record<string, unknown>;
  file?: string;
}

export const FIXED_TIME = '2026-01-01T00:00:00.000Z';

/** A deterministic score in [0, 1] for row i: positives mostly high, negatives mostly low. */
function scoreOf(i: number, label: 0 | 1): number {
  const spread = (i * 0.6180339887) % 1;
  return Math.round((label === 1 ? 0.45 + 0.5 * spread : 0.02 + 0.5 * spread) * 1000) / 1000;
}

function rowsOf(spec: ResultSpec): TestRow[] {
  const column = spec.column ?? 'g';
  let i = 0;
  const rows: TestRow[] = [];
  for (const [group, c] of Object.entries(spec.groups)) {
    const cells = { [column]: group };
    const add = (count: number, decision: 0 | 1, label: 0 | 1) => {
      for (let k = 0; k < count; k++, i++) rows.push({ cells, decision, label, ...(spec.hasScore ? { score: scoreOf(i, label) } : {}) });
    };
    add(c.tp, 1, 1);
    add(c.fp, 1, 0);
    add(c.tn, 0, 0);
    add(c.fn, 0, 1);
  }
  return rows;
}

/**
 * A real AuditResult for reporter tests, built by the production pipeline
 * (fold → metrics → rules → report) from confusion counts, with fixed time,
 * tool version, input hash and command line.
 */
export function makeResult(spec: ResultSpec): AuditResult {
  const column = spec.column ?? 'g';
  const config: Readonly<AuditConfig> = testConfig({
    columns: { prediction: 'targeted', label: 'converted', ...(spec.hasScore ? { score: 'score' } : {}) },
    groups: [column],
    rules: spec.rules ?? ['disparate_impact>=0.8'],
    ...spec.config,
  });
  const table = tallyRows(rowsOf(spec), config);
  for (const [reason, count] of Object.entries(spec.dropped ?? {})) {
    table.rowsDropped[reason] = count;
    table.rowsRead += count;
  }
  const file = spec.file ?? 'decisions.csv';
  return buildAuditResult(table, config, {
    tool: { name: 'fairgate', version: '0.0.0-test' },
    generatedAt: FIXED_TIME,
    command: ['fairgate', 'audit', file, '--group', column, '-o', 'report.html'],
    input: { file, sha256: 'ab'.repeat(32), bytes: 1234 },
  });
}

/** Four groups with a clear four-fifths failure, a pass, and a group too small for a verdict. */
export const BASIC: ResultSpec = {
  column: 'gender',
  groups: {
    Female: { tp: 30, fp: 20, tn: 120, fn: 30 },
    Male: { tp: 50, fp: 40, tn: 90, fn: 20 },
    'Non-binary': { tp: 9, fp: 7, tn: 20, fn: 4 },
    Unknown: { tp: 2, fp: 1, tn: 5, fn: 2 },
  },
  rules: ['disparate_impact>=0.8', 'abs(equal_opportunity_difference)<=0.1', 'ece<=0.05'],
  hasScore: true,
  dropped: { empty_label: 3 },
};

/** Group names a spreadsheet, a browser, an XML parser or a Markdown renderer could take for code. */
export const HOSTILE_NAMES = [
  "=cmd|' /C calc'!A0",
  '+1',
  '-1',
  '@SUM(1)',
  '\tTab',
  '\rCR',
  '<img src=x onerror=alert(1)><script>alert(2)</script>',
  'a|b **bold** [link](http://x) @team #1',
  'ctrl\u0001\u001b[31mred',
  'quote"comma,',
];

/**
 * A result whose group names are `names` exactly, including leading tabs and
 * carriage returns that the CSV reader would trim: the groups are built under
 * placeholder names, then every occurrence is replaced in the serialised result.
 */
export function resultWithGroupNames(names: readonly string[], spec: Partial<ResultSpec> = {}): AuditResult {
  const counts = [
    { tp: 30, fp: 20, tn: 120, fn: 30 },
    { tp: 50, fp: 40, tn: 90, fn: 20 },
  ];
  const groups = Object.fromEntries(names.map((_, i) => [`HOSTILE${i}X`, counts[i % 2]!]));
  const result = makeResult({ column: 'group', hasScore: true, rules: BASIC.rules!, ...spec, groups });
  let text = JSON.stringify(result);
  // longest placeholder first, so HOSTILE1X is not replaced inside HOSTILE10X
  names.map((name, i) => ({ name, i })).sort((a, b) => b.i - a.i).forEach(({ name, i }) => {
    text = text.split(`HOSTILE${i}X`).join(JSON.stringify(name).slice(1, -1));
  });
  return JSON.parse(text) as AuditResult;
}
