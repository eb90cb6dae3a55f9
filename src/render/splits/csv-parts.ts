import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import type { StrataGroup } from '../../model/split-sections.js';
import type { Interval } from '../../model/interval.js';

/** A row of the CSV report: a group of an attribute (or the population), in the whole run or in one time window. */
export interface CsvRow {
  g: GroupResult;
  a: AttributeResult | undefined;
  window?: string;
}

/** The rows of each time window after the whole run's: its population, then its attributes' groups. */
export function windowRows(result: AuditResult): CsvRow[] {
  return (result.windows?.windows ?? []).flatMap((w) => [
    { g: w.overall, a: undefined, window: w.window },
    ...w.attributes.flatMap((a) => a.groups.map((g) => ({ g, a, window: w.window }))),
  ]);
}

type Cell = string | number | boolean | null | undefined;

/** The stratified statistics of a whole-run group row (empty in window rows and the population's row). */
export function strataColumns(result: AuditResult): { name: string; value: (row: CsvRow) => Cell }[] {
  if (!result.strata) return [];
  const of = (row: CsvRow): StrataGroup | undefined =>
    row.window !== undefined || !row.a ? undefined : result.strata!.attributes.find((s) => s.attribute === row.a!.name)?.groups.find((g) => g.key === row.g.key);
  const field = (name: string, get: (g: StrataGroup) => Cell) => ({ name, value: (row: CsvRow) => ((g) => (g ? get(g) : undefined))(of(row)) });
  const interval = (g: StrataGroup): Interval | undefined => g.interval;
  return [
    field('strata_reference', (g) => g.reference),
    field('crude_rate_ratio', (g) => g.crudeRateRatio),
    field('mh_odds_ratio', (g) => g.mhOddsRatio),
    field('mh_odds_ratio_ci_low', (g) => interval(g)?.[0]),
    field('mh_odds_ratio_ci_high', (g) => interval(g)?.[1]),
    field('mh_odds_ratio_p', (g) => g.pValue),
    field('mh_odds_ratio_p_adjusted', (g) => g.pValueAdjusted),
    field('standardised_rate_ratio', (g) => g.standardisedRateRatio),
    field('crude_dd', (g) => g.crudeDd),
    field('cdd', (g) => g.cdd),
    field('cdd_p_adjusted', (g) => g.cddPValueAdjusted),
    field('simpsons_paradox', (g) => (g.paradox ? 'yes' : g.suppressed ? undefined : 'no')),
  ];
}
