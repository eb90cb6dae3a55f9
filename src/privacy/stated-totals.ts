import type { CellModel } from './cell-model.js';
import type { Masks, Statements } from './cell-exposure.js';
import type { CountSystem } from './count-systems.js';
import { propagateBounds } from './interval-bounds.js';

type Stated = NonNullable<Statements['stated']>;

/**
 * Counts that the published totals and the verdicts imply to be 0 even with
 * every group hidden: a count that is 0 in an attribute's population is 0 in
 * each of its groups (no false negatives, no empty consent cell), and a group
 * a passed `unconsented_selected==0` states to have none has none in each
 * time window or intersection inside it. Those zeros are the statements' own
 * (of every group alike, hidden or not), not a recovery: no partner is hidden
 * for them and they are not listed as unprotected. Added to the per-cell
 * statements (`into`) as [0, 0].
 */
export function withImpliedZeros(model: CellModel, systems: readonly CountSystem[], k: number, into: Stated): Stated {
  const out = new Map([...into].map(([cell, m]) => [cell, new Map(m)]));
  const everything: Masks = model.cells.map((c) => (c.kind === 'group' ? 'secondary' : undefined));
  for (const system of systems) {
    if (system.id === 'n') continue;
    const b = propagateBounds(model, everything, system, { k, stated: into });
    model.cells.forEach((cell, i) => {
      if (cell.kind !== 'group' || b.hi[i]! > 1e-9) return;
      const mine = out.get(i) ?? out.set(i, new Map()).get(i)!;
      mine.set(system.id, [0, 0]);
    });
  }
  return out;
}
