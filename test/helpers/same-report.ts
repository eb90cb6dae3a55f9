import { expect } from 'vitest';

/**
 * Report fields that are float sums of scores: a warehouse adds doubles in its
 * own order, so these may differ in the last bits (relative 1e-12) between a
 * streaming audit and an audit of a SQL result. Counts, rates, intervals, AUC,
 * verdicts and everything else must be identical.
 */
const FLOAT_SUM_METRICS = new Set(['mean_score', 'calibration_in_the_large', 'ece', 'brier', 'ece_difference', 'calibration_difference', 'meanScore', 'calibrationTest']);
const PROVENANCE = new Set(['command', 'input.file', 'input.sha256', 'input.bytes', 'input.sources']);

function isFloatSum(path: string[]): boolean {
  // metrics.<m>, disparities.<d>.value, calibration[i].meanScore, calibrationTest.<field> (from the bins' Σs and Σs²)
  return path.some((p) => FLOAT_SUM_METRICS.has(p));
}

/** Finding messages print values with 3 decimals: equal unless a float-sum value sits on a rounding edge. A finding on a float-sum metric (its `metric`) has float-sum value and interval. */
function compare(a: unknown, b: unknown, path: string[], diffs: string[], isFloat = false): void {
  const where = path.join('.');
  if (PROVENANCE.has(where)) return;
  if (typeof a === 'number' && typeof b === 'number' && (isFloat || isFloatSum(path))) {
    if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a))) diffs.push(`${where}: ${a} vs ${b}`);
    return;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const metric = (a as { metric?: unknown }).metric;
    const isFloatFinding = isFloat || (typeof metric === 'string' && FLOAT_SUM_METRICS.has(metric) && metric === (b as { metric?: unknown }).metric);
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) compare((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], diffs, isFloatFinding && k !== 'message');
    return;
  }
  if (!Object.is(a, b)) diffs.push(`${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

/**
 * The identifier-column notice is advice about the data file's other columns;
 * a warehouse query reads only the audited columns, so its result cannot give it.
 */
function withoutIdentifierNotice(report: unknown): unknown {
  const r = report as { notices?: { code: string }[] };
  return { ...r, notices: r.notices?.filter((n) => n.code !== 'identifier-columns') };
}

export function expectSameReport(actual: unknown, expected: unknown): void {
  const diffs: string[] = [];
  compare(withoutIdentifierNotice(actual), withoutIdentifierNotice(expected), [], diffs);
  expect(diffs).toEqual([]);
}
