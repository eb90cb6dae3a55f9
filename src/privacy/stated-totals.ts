import type { CellModel } from './cell-model.js';
import { countValue, type Statements } from './cell-exposure.js';
import type { CountSystem } from './count-systems.js';

type Stated = NonNullable<Statements['verdicts']>;

/**
 * A count that is 0 in an attribute's population (always published) is 0 in
 * each of its groups: the total states it of every group, hidden or not, as a
 * published total of 0 false negatives or of unknown consents does. That is
 * the total's statement, not a recovery, so no partner is hidden for it and
 * it is not listed as unprotected. Added to the per-cell statements (`into`,
 * narrowed to [0, 0]).
 */
export function withZeroTotals(model: CellModel, systems: readonly CountSystem[], into: Stated): Stated {
  const out = new Map([...into].map(([cell, m]) => [cell, new Map(m)]));
  model.cells.forEach((total) => {
    if (total.kind !== 'total') return;
    for (const system of systems) {
      if (system.id === 'n' || Math.abs(countValue(total, system)) > 1e-9) continue;
      for (const cell of model.groupCells[total.attribute]?.values() ?? []) {
        const mine = out.get(cell) ?? out.set(cell, new Map()).get(cell)!;
        const [lo, hi] = mine.get(system.id) ?? [0, Infinity];
        mine.set(system.id, [Math.min(lo, 0), Math.min(hi, 0)]);
      }
    }
  });
  return out;
}
