import { attributeColumns } from './attribute-columns.js';
import type { PeriodSettings } from './split-settings.js';

/**
 * Intersections tallied for a split but not reported as attributes:
 * - `strata`: the strata columns alone (the population's mix), and each
 *   audited attribute crossed with them (`gender` × `department`), values [gender, department];
 * - `window`: the time window alone, and the window crossed with each
 *   audited attribute, values [window, gender]; the window's value is the
 *   label of the window a row's date falls in (`2024-03`, `2024-W09`, `2024-03-07`).
 * They are intersections like `a+b`, so the fold, the merge of shards, the
 * worker threads, aggregate files and SQL results carry them unchanged.
 */
export type AttributeRole = 'strata' | 'window';

export interface TalliedAttribute {
  /** an audited attribute as written (`race+sex`), or the internal name below */
  name: string;
  columns: string[];
  /** absent for an audited attribute */
  role?: AttributeRole;
  /** the audited attribute it splits; null for the strata or the window alone */
  of?: string | null;
}

/** What decides the splits (a subset of the config; also what an aggregate's fingerprint records). */
export interface SplitConfig {
  groups: readonly string[];
  strata?: readonly string[] | undefined;
  period?: PeriodSettings | undefined;
}

export const strataName = (attribute: string | null) => `strata:${attribute ?? ''}`;
export const windowName = (attribute: string | null) => `window:${attribute ?? ''}`;

/** The internal intersections of a run, after its audited attributes (none without strata or a period). */
export function splitAttributes(config: SplitConfig): TalliedAttribute[] {
  const strata = config.strata ?? [];
  const out: TalliedAttribute[] = [];
  if (strata.length > 0) {
    out.push({ name: strataName(null), columns: [...strata], role: 'strata', of: null });
    for (const g of config.groups) out.push({ name: strataName(g), columns: [...attributeColumns(g), ...strata], role: 'strata', of: g });
  }
  const period = config.period;
  if (period) {
    out.push({ name: windowName(null), columns: [period.column], role: 'window', of: null });
    for (const g of config.groups) out.push({ name: windowName(g), columns: [period.column, ...attributeColumns(g)], role: 'window', of: g });
  }
  return out;
}

/** Every attribute a pass tallies: the audited ones (config order), then the internal ones. */
export function talliedAttributes(config: SplitConfig): TalliedAttribute[] {
  return [...config.groups.map((name) => ({ name, columns: attributeColumns(name) })), ...splitAttributes(config)];
}
