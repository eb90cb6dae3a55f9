import { audit, type Finding } from '../../src/index.js';
import { decisionsCsv, scoredCsv, sourceOf } from './null-data.js';

export const SIZES = [30, 50, 100, 300, 1000] as const;
export const GROUP_COUNTS = [2, 5, 20] as const;
export const ALPHA = 0.05;

/** The README quick start's disparity rules with the default requirement (evidence), and the four-fifths preset. */
export const DEFAULT_RULES = { rules: ['disparate_impact>=0.8', 'abs(equal_opportunity_difference)<=0.1'] };
export const FOUR_FIFTHS = { preset: 'four-fifths' };
/** The quick start's three rules (its two disparity rules and ece<=0.05) on scored data: calibration judged by each group's test. */
export const QUICK_START = { columns: { prediction: 'targeted', label: 'label', score: 'score' }, rules: [...DEFAULT_RULES.rules, 'ece<=0.05'] };

/**
 * The share of `runs` seeded audits of simulated decisions (`groups` × `n`
 * rows, the first group's impact planted at `impact`) in which `isHit` holds
 * for some finding. Seeds are distinct for every cell of every table.
 */
export async function hitRate(
  settings: object,
  cell: { groups: number; n: number; impact?: number; slope?: number; runs: number; seedBase: number },
  isHit: (f: Finding) => boolean,
): Promise<number> {
  let hits = 0;
  for (let run = 0; run < cell.runs; run++) {
    const seed = cell.seedBase + 100_000 * cell.groups + 1_000 * cell.n + run;
    // a slope asks for scored data (scoredCsv: slope 1 calibrated), else decisions alone with the planted impact
    const csv = cell.slope === undefined ? decisionsCsv(seed, cell.groups, cell.n, cell.impact ?? 1) : scoredCsv(seed, cell.groups, cell.n, cell.slope);
    const result = await audit(sourceOf(csv), { columns: { prediction: 'targeted', label: 'label' }, groups: ['group'], ...settings } as never, { threads: 1 });
    if (result.findings.some(isHit)) hits++;
  }
  return hits / cell.runs;
}

/**
 * The one-sided margin of a rate estimated from `runs` runs whose true value
 * is `p`: 3·√(p(1 − p)/runs). A true rate of p exceeds p plus this margin with
 * probability about 0.13 % (normal approximation to the binomial count).
 */
export function margin(p: number, runs: number): number {
  return 3 * Math.sqrt((p * (1 - p)) / runs);
}

/**
 * Whether a measured rate agrees with the rate the README states: within the
 * margin of `runs` runs around it, the stated rate held at least 0.03 from 0
 * and 1 so that a rate stated as 0 or 1 may move by one or two runs.
 */
export function agrees(measured: number, stated: number, runs: number): boolean {
  return Math.abs(measured - stated) <= margin(Math.min(0.97, Math.max(0.03, stated)), runs);
}

/** A table of rates: one row per row label, one rate per group size of SIZES. */
export type RateTable = Record<string, readonly number[]>;

export const isFail = (f: Finding) => f.status === 'fail';
/** The planted group's disparate impact failed (the first group, `g0`). */
export const isPlantedCaught = (f: Finding) => f.status === 'fail' && f.group === 'g0' && f.metric === 'disparate_impact';
/** The planted miscalibration of the first group failed its ece rule. */
export const isMiscalibrationCaught = (f: Finding) => f.status === 'fail' && f.group === 'g0' && f.metric === 'ece';
