import type { AttributeTally } from '../core/types.js';
import { chiSquareIndependence } from '../stats/chi-square-independence.js';

/** Whether opting out is spread evenly over an attribute's groups: the facts of the `consent-opt-out` notice. */
export interface OptOutSpread {
  attribute: string;
  /** groups with a known consent (hidden groups left out) */
  groups: number;
  /** Pearson's X² of groups × (opted out, opted in), df and p (no continuity correction above 2 × 2) */
  chiSquare: number;
  df: number;
  pValue: number;
  /** the share of the known consents that opted out, over those groups */
  overallShare: number;
  /** the group with the highest opted-out share */
  highest: { group: string; share: number };
}

/**
 * The chi-square test of independence of group and opting out, per attribute,
 * over the groups that are published and have a known consent: information
 * for the reader (does opting out cluster in one group?), not a rule.
 * Undefined with fewer than two such groups or nobody opted out.
 */
export function optOutSpread(attribute: AttributeTally, hidden: ReadonlySet<string>): OptOutSpread | undefined {
  const rows = [...attribute.groups.values()].flatMap((g) => {
    const c = g.tally.consent;
    if (!c || hidden.has(g.key)) return [];
    const known = g.tally.n - c.unknown;
    return known > 0 ? [{ key: g.key, out: c.optedOut, known }] : [];
  });
  // in key order, so that χ² is the same to the last bit whichever order the groups came in (a file, shards, a warehouse result)
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = rows.reduce((s, r) => s + r.out, 0);
  const known = rows.reduce((s, r) => s + r.known, 0);
  if (rows.length < 2 || out === 0 || out === known) return undefined;
  const test = chiSquareIndependence(rows.map((r) => [r.out, r.known - r.out]), false);
  if (!test) return undefined;
  const top = rows.reduce((best, r) => (r.out / r.known > best.out / best.known ? r : best));
  return {
    attribute: attribute.spec.name,
    groups: rows.length,
    chiSquare: test.statistic,
    df: test.df,
    pValue: test.pValue,
    overallShare: out / known,
    highest: { group: top.key, share: top.out / top.known },
  };
}
