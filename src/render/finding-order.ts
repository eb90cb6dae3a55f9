import type { AuditResult } from '../model/audit-result.js';
import type { Bound, Finding } from '../model/finding.js';
import { isIntervalOutsideBound } from '../policy/bounds.js';
import { compareNaturalKeys, naturalKey } from '../util/natural-order.js';
import { VERDICT_ORDER } from './verdicts.js';

/**
 * Findings in the order a reviewer should read them: by verdict (fail, warn,
 * inconclusive, suppressed, pass), then by the evidence (a breach that is
 * statistically significant, or whose whole interval breaches, before one
 * with no test, before one the test cannot tell from chance), then by the
 * Holm-adjusted p-value (smallest first; a finding without a test after those
 * with one), then by how far the value is beyond its bound — so the most
 * extreme, significant breach comes first, not the first attribute's — and
 * last by attribute (in the report's order) and group (in natural order).
 */

/** How many times over its bound a value is (1 = on the bound, larger = worse); 0 for a value within it or undefined. */
export function excess(value: number | null, bound: Bound): number {
  if (value === null || !Number.isFinite(value)) return 0;
  const ratios: number[] = [];
  if (bound.min !== undefined && value < bound.min) ratios.push(beyond(bound.min, value));
  if (bound.max !== undefined && value > bound.max) ratios.push(beyond(bound.max, value));
  if (bound.maxAbs !== undefined && Math.abs(value) > bound.maxAbs) ratios.push(bound.maxAbs > 0 ? Math.abs(value) / bound.maxAbs : ACROSS_ZERO + Math.abs(value));
  if (bound.band !== undefined && bound.band > 0) {
    if (value < bound.band) ratios.push(value > 0 ? bound.band / value : ACROSS_ZERO + bound.band - value);
    else if (value > 1 / bound.band) ratios.push(value * bound.band);
  }
  return Math.max(0, ...ratios);
}

/** A breach on the far side of zero from its bound (no selection at all against a minimum ratio) is beyond any ratio. */
const ACROSS_ZERO = 1e6;

/**
 * A breach of `limit` by `value` as a ratio: the ratio of the two when both
 * have the limit's sign (a ratio at 2.2 % of the reference's rate against 80 %
 * is 36 times short); across zero, beyond every ratio, and the farther the worse.
 */
function beyond(limit: number, value: number): number {
  if ((limit > 0 && value > 0) || (limit < 0 && value < 0)) return Math.max(limit / value, value / limit);
  return ACROSS_ZERO + Math.abs(value - limit);
}

/** The regression bound's excess: the worsening against the allowed one. */
function regressionExcess(f: Finding): number {
  const allowed = f.bound.maxRegression;
  if (allowed === undefined || f.worsening === null || f.worsening === undefined || f.worsening <= allowed) return 0;
  return allowed > 0 ? f.worsening / allowed : 1 + f.worsening;
}

/** 0: shown not to be chance (significant after Holm, or the whole interval breaches); 1: no test; 2: the test cannot tell it from chance. */
export function evidenceTier(f: Finding, alpha: number): 0 | 1 | 2 {
  if (f.pValueAdjusted !== undefined) return f.pValueAdjusted < alpha ? 0 : 2;
  if (f.interval && f.bound.maxRegression === undefined && isIntervalOutsideBound(f.interval, f.bound)) return 0;
  return 1;
}

/** Larger first; equal sizes (and two infinities) tie. */
const descending = (a: number, b: number) => (a === b ? 0 : a > b ? -1 : 1);

/**
 * Every finding, most severe first: the one ordering of findings every
 * reporter uses. Findings equal in all of it keep the report's order.
 */
export function bySeverity(findings: readonly Finding[], result: Pick<AuditResult, 'config'>): Finding[] {
  const alpha = result.config.alpha;
  const attributeOrder = new Map<string, number>();
  for (const f of findings) if (!attributeOrder.has(f.attribute)) attributeOrder.set(f.attribute, attributeOrder.size);
  const keyed = findings.map((f, i) => ({
    f,
    i,
    verdict: VERDICT_ORDER.indexOf(f.status),
    tier: evidenceTier(f, alpha),
    p: f.pValueAdjusted ?? Infinity,
    size: f.bound.maxRegression !== undefined ? regressionExcess(f) : excess(f.value, f.bound),
    attribute: attributeOrder.get(f.attribute)!,
    group: naturalKey(f.group),
  }));
  keyed.sort(
    (a, b) =>
      a.verdict - b.verdict ||
      a.tier - b.tier ||
      -descending(a.p, b.p) ||
      descending(a.size, b.size) ||
      a.attribute - b.attribute ||
      compareNaturalKeys(a.group, b.group) ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}
