import type { CellModel, Relation } from './cell-model.js';
import { isPublished, type Masks } from './cell-exposure.js';

/** The one unknown cell of a relation, or -1 when it has none or several. */
function soleUnknown(relation: Relation, known: readonly boolean[]): number {
  let unknown = -1;
  for (const t of relation.terms) {
    if (known[t.cell]) continue;
    if (unknown >= 0) return -1;
    unknown = t.cell;
  }
  return unknown;
}

/**
 * The attack complementary suppression is classically built against: a reader
 * solves every published relation that has exactly one unknown, adds what it
 * learns, and repeats. Returns each cell learnt, in order, with the relation
 * that gave it away.
 */
export function eliminationClosure(model: CellModel, masks: Masks): Map<number, number> {
  const known = model.cells.map((c, i) => isPublished(c, masks[i]));
  const learnt = new Map<number, number>();
  for (let isChanged = true; isChanged; ) {
    isChanged = false;
    for (let r = 0; r < model.relations.length; r++) {
      const unknown = soleUnknown(model.relations[r]!, known);
      if (unknown < 0) continue;
      learnt.set(unknown, r);
      known[unknown] = true;
      isChanged = true;
    }
  }
  return learnt;
}
