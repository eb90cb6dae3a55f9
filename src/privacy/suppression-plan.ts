import type { AuditConfig } from '../model/config.js';
import type { TallyTable } from '../core/types.js';
import { ConfigError } from '../model/errors.js';
import { buildCellModel } from './cell-model.js';
import { withDependencyNesting, type Nesting } from './dependency-nesting.js';
import { complementarySuppression } from './complementary.js';
import type { Mask } from './cell-exposure.js';
import { publishedSystems } from './count-systems.js';
import { verdictStatements } from './consent-suppression.js';
import { withImpliedZeros } from './stated-totals.js';
import { countOf } from '../util/plural.js';

/** Which groups a report masks, decided from the tallies before any reference is chosen. */
export interface SuppressionPlan {
  k: number;
  /** per attribute of the table (the audited ones in config order, then the internal intersections of the splits): masked group key → why */
  masks: ReadonlyMap<string, Mask>[];
  /** masked groups whose counts the always-published totals still determine */
  unprotected: { attribute: string; group: string }[];
  /** attributes nested in others through the data's column dependencies (their relations were respected) */
  nestings: Nesting[];
  /** false when the statistics do not carry column dependencies (a warehouse result, an older aggregate) */
  isDependencyKnown: boolean;
}

function explicitReferenceCells(config: Readonly<AuditConfig>, groupCells: readonly ReadonlyMap<string, number>[]): Set<number> {
  const cells = new Set<number>();
  config.groups.forEach((name, i) => {
    const key = config.referenceGroups[name];
    const cell = key === undefined ? undefined : groupCells[i]!.get(key);
    if (cell !== undefined) cells.add(cell);
  });
  return cells;
}

/**
 * Small-cell suppression with complementary suppression (see
 * `complementarySuppression`); undefined when `suppressBelow` is 0 (off).
 * An explicit reference group is kept visible while anything else can protect
 * the small groups; if it must be masked the run stops, because disparities
 * against a hidden reference would reveal its rates.
 */
export function planSuppression(table: TallyTable, config: Readonly<AuditConfig>): SuppressionPlan | undefined {
  const k = config.suppressBelow;
  if (k <= 0) return undefined;
  // the report's own relations, and those a reader who knows which columns nest in which has
  const { model, nestings } = withDependencyNesting(buildCellModel(table, config.missing), table, config.missing);
  const references = explicitReferenceCells(config, model.groupCells);
  const systems = publishedSystems(table.capabilities, [...(table.overall.classes?.keys() ?? [])], config.favourable);
  const { masks, unprotected } = complementarySuppression(model, {
    k,
    systems,
    stated: withImpliedZeros(model, systems, k, verdictStatements(model, config, systems)),
    isPreferredVisible: (cell) => references.has(cell),
  });
  const byAttribute = model.groupCells.map((cells) => {
    const out = new Map<string, Mask>();
    for (const [key, cell] of cells) if (masks[cell] !== undefined) out.set(key, masks[cell]);
    return out;
  });
  const issues = config.groups.flatMap((name, i) => {
    const key = config.referenceGroups[name];
    const mask = key === undefined ? undefined : byAttribute[i]!.get(key);
    if (mask === undefined) return [];
    const why = mask === 'primary' ? `has fewer than ${countOf(k, 'rows')}` : 'must be hidden to protect smaller groups';
    return [{ path: `referenceGroups.${name}`, message: `the reference group "${key}" ${why} and is suppressed (suppressBelow ${k}); choose a larger reference group, or a strategy (highest, largest, overall)` }];
  });
  if (issues.length > 0) throw new ConfigError('reference', issues);
  // (the internal intersections of strata and time windows come after the audited attributes, under their own names)
  const exposed = unprotected.map((cell) => ({ attribute: table.attributes[model.cells[cell]!.attribute]!.spec.name, group: model.cells[cell]!.key }));
  return { k, masks: byAttribute, unprotected: exposed, nestings, isDependencyKnown: table.dependencies !== undefined };
}
