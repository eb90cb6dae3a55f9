import type { AucHistogram } from '../../core/types.js';

/** At most this many distinct scores are each a threshold of the sweep; beyond, a grid. */
export const SWEEP_EXACT_LIMIT = 1000;
/** The grid's step when the scores are too many (or on a grid themselves) and the user gave none. */
export const SWEEP_DEFAULT_STEP = 0.001;

/** The thresholds the user asked for: `--grid 0.1,0.2,…` or `--grid-step 0.01`. */
export type GridRequest = { values: readonly number[] } | { step: number };

/**
 * Which thresholds a sweep evaluates, in descending order:
 * - `exact`: every distinct score (each one changes the selection), when they are at most the limit;
 * - `grid`: a regular grid, because the scores were too many or only kept on a grid (memory budget);
 * - `given`: the user's grid or step.
 */
export type ThresholdPlan =
  | { mode: 'exact'; values: number[]; distinctScores: number }
  | { mode: 'grid'; values: number[]; step: number; reason: 'too-many-scores' | 'scores-on-grid'; distinctScores: number | null }
  | { mode: 'given'; values: number[]; step: number | null };

/** 0, step, 2·step, …, up to 1, without the float noise of repeated addition; descending. */
export function gridValues(step: number): number[] {
  const values: number[] = [];
  const count = Math.floor(1 / step + 1e-9);
  for (let k = count; k >= 0; k--) values.push(Number((k * step).toFixed(12)));
  return values;
}

/** The thresholds of a sweep over the scores in `overall` (the run's whole score map). */
export function planThresholds(overall: AucHistogram, request?: GridRequest): ThresholdPlan {
  if (request && 'values' in request) return { mode: 'given', values: [...new Set(request.values)].sort((a, b) => b - a), step: null };
  if (request) return { mode: 'given', values: gridValues(request.step), step: request.step };
  if (overall.step !== null) return { mode: 'grid', values: gridValues(SWEEP_DEFAULT_STEP), step: SWEEP_DEFAULT_STEP, reason: 'scores-on-grid', distinctScores: null };
  const distinct = overall.scores.length;
  if (distinct > SWEEP_EXACT_LIMIT) return { mode: 'grid', values: gridValues(SWEEP_DEFAULT_STEP), step: SWEEP_DEFAULT_STEP, reason: 'too-many-scores', distinctScores: distinct };
  return { mode: 'exact', values: [...overall.scores].reverse(), distinctScores: distinct };
}
