import type { Interval } from '../model/interval.js';
import { normalCdf } from './normal.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * The weighted sums each replicate needs, per group: enough for `ece` and
 * `brier`, and mergeable by addition like the main tally. Memory is
 * replicates × (bins + 2) numbers per group, independent of the rows.
 */
export interface BootstrapTally {
  replicates: number;
  bins: number;
  /** Σ w per replicate */
  weight: Float64Array;
  /** Σ w·(s − y)² per replicate */
  squaredError: Float64Array;
  /** Σ w·(s − y) per replicate and calibration bin, at [r·bins + b] */
  binGap: Float64Array;
}

export function emptyBootstrapTally(replicates: number, bins: number): BootstrapTally {
  return {
    replicates,
    bins,
    weight: new Float64Array(replicates),
    squaredError: new Float64Array(replicates),
    binGap: new Float64Array(replicates * bins),
  };
}

/** Adds one scored, labelled row with its replicate weights (mutates `t`; used inside the fold only). */
export function addToBootstrap(t: BootstrapTally, weights: Uint8Array, score: number, label: number, bin: number): void {
  const error = score - label;
  const squared = error * error;
  for (let r = 0; r < t.replicates; r++) {
    const w = weights[r]!;
    if (w === 0) continue;
    t.weight[r]! += w;
    t.squaredError[r]! += w * squared;
    t.binGap[r * t.bins + bin]! += w * error;
  }
}

function sum(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! + b[i]!;
  return out;
}

export function mergeBootstrap(a: BootstrapTally, b: BootstrapTally): BootstrapTally {
  if (a.replicates !== b.replicates || a.bins !== b.bins) {
    throw new RangeError(`cannot merge bootstrap tallies of ${a.replicates} and ${b.replicates} replicates (${a.bins} and ${b.bins} bins)`);
  }
  return { replicates: a.replicates, bins: a.bins, weight: sum(a.weight, b.weight), squaredError: sum(a.squaredError, b.squaredError), binGap: sum(a.binGap, b.binGap) };
}

/** Replicate values of ece = Σ_b |Σ w(s − y)| / Σ w; replicates with no weight are left out. */
export function eceReplicates(t: BootstrapTally): number[] {
  const out: number[] = [];
  for (let r = 0; r < t.replicates; r++) {
    if (t.weight[r] === 0) continue;
    let gap = 0;
    for (let b = 0; b < t.bins; b++) gap += Math.abs(t.binGap[r * t.bins + b]!);
    out.push(gap / t.weight[r]!);
  }
  return out;
}

/** Replicate values of brier = Σ w(s − y)² / Σ w; replicates with no weight are left out. */
export function brierReplicates(t: BootstrapTally): number[] {
  const out: number[] = [];
  for (let r = 0; r < t.replicates; r++) if (t.weight[r]! > 0) out.push(t.squaredError[r]! / t.weight[r]!);
  return out;
}

/** Sample quantile of sorted values, linear interpolation (R's type 7). */
function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Bias-corrected percentile interval (Efron & Tibshirani, An Introduction to
 * the Bootstrap, 1993, §14.3, without acceleration): z₀ = Φ⁻¹(share of
 * replicates below the estimate, ties half), limits at the Φ(2z₀ ± z)
 * quantiles. The correction matters for ECE, whose replicates sit above the
 * estimate (an absolute value of noisy gaps is biased upward); the plain
 * percentile interval would often miss the estimate altogether.
 */
export function bootstrapInterval(replicates: readonly number[], estimate: number, confidence: number): Interval | null {
  const count = replicates.length;
  if (count === 0) return null;
  const sorted = [...replicates].sort((x, y) => x - y);
  let below = 0;
  for (const v of sorted) below += v < estimate ? 1 : v === estimate ? 0.5 : 0;
  const share = Math.min(1 - 0.5 / count, Math.max(0.5 / count, below / count));
  const z0 = normalQuantile(share);
  const z = normalQuantile((1 - confidence) / 2);
  return [quantile(sorted, normalCdf(2 * z0 + z)), quantile(sorted, normalCdf(2 * z0 - z))];
}
