import type { PerGroupWhatIf, SweepPoint } from '../../model/sweep-result.js';

/**
 * The labelled what-if of `--per-group`: for each group, the swept threshold
 * at which that group's own selection rate is nearest `targetRate` (ties: the
 * higher threshold). Giving groups different thresholds treats them
 * differently by design; reports say so. Masked groups get no threshold.
 */
export function perGroupThresholds(points: readonly SweepPoint[], targetRate: number): PerGroupWhatIf {
  const first = points[0]!;
  const attributes = first.attributes.map((attribute, a) => ({
    name: attribute.name,
    groups: attribute.groups.map((group, g) => {
      let best: { threshold: number; point: SweepPoint['attributes'][number]['groups'][number] } | undefined;
      for (const p of points) {
        const at = p.attributes[a]!.groups[g]!;
        const rate = at.rates.selection_rate;
        if (rate === null) continue;
        if (!best || Math.abs(rate - targetRate) < Math.abs(best.point.rates.selection_rate! - targetRate)) best = { threshold: p.threshold, point: at };
      }
      return best
        ? { key: group.key, threshold: best.threshold, n: best.point.n, selected: best.point.selected, rates: best.point.rates }
        : { key: group.key, threshold: null, n: null, selected: null, rates: group.rates };
    }),
  }));
  return { targetRate, attributes };
}
