import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import type { BoxChartSpec, OutcomeBox } from '../charts/box-chart.js';

/** An outcome value for the chart's labels: whole numbers from 100 on, else at most two decimals (`12.5`, `0.25`, `-3`). */
export function formatOutcome(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : String(Number(v.toFixed(2)));
}

/**
 * Each group's outcome distribution (`--outcome`) for a box chart, in the
 * table's order; the reference of the mean comparisons is marked. Undefined
 * when the run has no outcome.
 */
export function outcomeBoxes(result: AuditResult, a: AttributeResult, id: string): BoxChartSpec | undefined {
  if (result.config.columns.outcome === undefined) return undefined;
  const reference = a.references.mean_outcome ?? null;
  const boxes = a.groups.map((g): OutcomeBox => {
    const m = g.metrics;
    return {
      label: g.key,
      p10: m.p10_outcome ?? null,
      p25: m.p25_outcome ?? null,
      median: m.median_outcome ?? null,
      p75: m.p75_outcome ?? null,
      p90: m.p90_outcome ?? null,
      mean: m.mean_outcome ?? null,
      ...(g.key === reference ? { isReference: true } : {}),
      ...(g.suppressed ? { isHidden: true } : {}),
    };
  });
  return { id, title: `${result.config.columns.outcome ?? 'outcome'} by group`, boxes, format: formatOutcome };
}
