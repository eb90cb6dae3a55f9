import type { Bound } from '../model/finding.js';

/** Relative slack for comparisons, so that 0.4/0.5 judged against 0.8 is not failed by rounding. */
const EPSILON = 1e-12;

/**
 * Whether a value meets a bound: `min` (v ≥ min), `max` (v ≤ max), `maxAbs`
 * (|v| ≤ maxAbs), `band` τ (τ ≤ v ≤ 1/τ). All given parts must hold.
 */
export function isWithinBound(value: number, bound: Bound): boolean {
  const slack = (x: number) => EPSILON * Math.max(1, Math.abs(x));
  if (bound.min !== undefined && value < bound.min - slack(bound.min)) return false;
  if (bound.max !== undefined && value > bound.max + slack(bound.max)) return false;
  if (bound.maxAbs !== undefined && Math.abs(value) > bound.maxAbs + slack(bound.maxAbs)) return false;
  if (bound.band !== undefined) {
    const low = bound.band;
    const high = 1 / bound.band;
    if (value < low - slack(low) || value > high + slack(high)) return false;
  }
  return true;
}

/** The values that meet every part of a bound, as one range [low, high] (each part is a range). */
function allowedRange(bound: Bound): [number, number] {
  let low = -Infinity;
  let high = Infinity;
  if (bound.min !== undefined) low = Math.max(low, bound.min);
  if (bound.max !== undefined) high = Math.min(high, bound.max);
  if (bound.maxAbs !== undefined) [low, high] = [Math.max(low, -bound.maxAbs), Math.min(high, bound.maxAbs)];
  if (bound.band !== undefined) [low, high] = [Math.max(low, bound.band), Math.min(high, 1 / bound.band)];
  return [low, high];
}

/**
 * Whether no value of a confidence interval meets the bound, i.e. even its
 * most favourable end breaches (`bound: upper`): for `min` the upper limit is
 * below the minimum; for `max` the lower limit is above the maximum; for
 * `maxAbs` the interval lies wholly above +maxAbs or below −maxAbs; for a band
 * it lies wholly below τ or above 1/τ.
 */
export function isIntervalOutsideBound([lower, upper]: readonly [number, number], bound: Bound): boolean {
  const slack = (x: number) => EPSILON * Math.max(1, Math.abs(x));
  const [low, high] = allowedRange(bound);
  return upper < low - slack(low) || lower > high + slack(high);
}

/** Whether a bound has a threshold part; a rule may bound only its regression against `--baseline`. */
export function hasThresholdBound(bound: Bound): boolean {
  return bound.min !== undefined || bound.max !== undefined || bound.maxAbs !== undefined || bound.band !== undefined;
}

export function boundOf(rule: Bound): Bound {
  const out: Bound = {};
  if (rule.min !== undefined) out.min = rule.min;
  if (rule.max !== undefined) out.max = rule.max;
  if (rule.maxAbs !== undefined) out.maxAbs = rule.maxAbs;
  if (rule.band !== undefined) out.band = rule.band;
  return out;
}
