import type { ReferenceStrategy, MetricId } from '../model/vocabulary.js';
import { MISSING_GROUP, OVERALL_GROUP } from '../core/types.js';
import { METRICS } from './registry.js';
import type { Favourable } from './metric-def.js';

/**
 * Which group a disparity is measured against:
 * - `highest`: per metric, the group with the most favourable value (highest
 *   selection rate, highest TPR, lowest FPR, …) — the comparison of the EEOC
 *   four-fifths rule (29 CFR 1607.4(D)) and NYC Local Law 144 impact ratios;
 * - `largest`: the group with the most rows;
 * - `overall`: the whole population of the attribute.
 * `highest` and `largest` choose among groups that are not `(missing)`, have
 * at least `minGroupSize` rows and, for the metric, at least its minimum
 * denominator; ties go to the first key in sort order.
 * An explicit group value (`--reference race=Caucasian`) overrides the strategy.
 */
export const REFERENCE_STRATEGIES = ['highest', 'largest', 'overall'] as const satisfies readonly ReferenceStrategy[];

export interface Candidate {
  key: string;
  n: number;
  metrics: Partial<Record<MetricId, number | null>>;
}

export interface ReferenceChoice {
  strategy: ReferenceStrategy | 'explicit';
  /** group key, `(overall)`, or null when no group qualifies */
  key: string | null;
}

function isBetter(favourable: Favourable, value: number, best: number): boolean {
  if (favourable === 'high') return value > best;
  if (favourable === 'low') return value < best;
  return Math.abs(value) < Math.abs(best);
}

/** Candidates sorted by key so that ties resolve the same way in every run. */
function eligible<C extends Candidate>(candidates: readonly C[], minGroupSize: number, isEligible: (c: C) => boolean): C[] {
  return candidates
    .filter((c) => c.key !== MISSING_GROUP && c.n >= minGroupSize && isEligible(c))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * `isEligible` narrows the pool further: the audit passes the per-metric
 * minimum denominator, so a TPR from 4 positives never becomes the yardstick
 * every other group is judged against.
 */
export function chooseReference<C extends Candidate>(
  metric: MetricId,
  candidates: readonly C[],
  strategy: ReferenceStrategy,
  explicitKey: string | undefined,
  minGroupSize: number,
  isEligible: (c: C) => boolean = () => true,
): ReferenceChoice {
  if (explicitKey !== undefined) return { strategy: 'explicit', key: explicitKey };
  if (strategy === 'overall') return { strategy, key: OVERALL_GROUP };
  const pool = eligible(candidates, minGroupSize, isEligible);
  if (strategy === 'largest') {
    let best: Candidate | undefined;
    for (const c of pool) if (best === undefined || c.n > best.n) best = c;
    return { strategy, key: best?.key ?? null };
  }
  const favourable = METRICS[metric].favourable;
  let best: { key: string; value: number } | undefined;
  for (const c of pool) {
    const value = c.metrics[metric];
    if (value === null || value === undefined) continue;
    if (best === undefined || isBetter(favourable, value, best.value)) best = { key: c.key, value };
  }
  return { strategy, key: best?.key ?? null };
}
