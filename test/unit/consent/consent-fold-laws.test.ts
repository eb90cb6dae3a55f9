import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createColumnarFold, type ColumnarAttribute } from '../../../src/core/columnar-fold.js';
import { addObservation, emptyTally, mergeTallies } from '../../../src/core/tally.js';
import type { ConsentCode } from '../../../src/core/consent-tally.js';
import { MISSING_GROUP, type TallyTable } from '../../../src/core/types.js';

/**
 * The consent counts are sums over rows: the columnar fold (the audit's hot
 * path, with an attribute rolled up from an intersection) gives what a direct
 * count of the rows gives, and the tallies of any split of the rows merge into
 * the tally of the whole (shards, threads and aggregate files rely on this).
 */
type Row = { a: string; b: string; decision: 0 | 1; consent: ConsentCode };
/** The counts of no row (a tally of no row may carry none). */
const NONE = { optedOut: 0, unknown: 0, selectedOptedOut: 0, selectedUnknown: 0 };

const row = fc.record({
  a: fc.constantFrom('x', 'y', 'z'),
  b: fc.constantFrom('p', 'q', ''),
  decision: fc.constantFrom<0 | 1>(0, 1),
  consent: fc.constantFrom<ConsentCode>(0, 1, 2),
});

const A: ColumnarAttribute = { spec: { name: 'a', columns: ['a'] }, columns: [0] };
const AB: ColumnarAttribute = { spec: { name: 'a+b', columns: ['a', 'b'] }, columns: [0, 1] };

function fold(rows: readonly Row[]): TallyTable {
  const f = createColumnarFold({ capabilities: { hasDecision: true, hasLabel: false, hasScore: false, hasRank: false, hasConsent: true }, bins: 10, missing: 'group', attributes: [A, AB], columnCount: 2 });
  const ids = new Int32Array(2);
  for (const r of rows) {
    ids[0] = f.valueId(0, r.a);
    ids[1] = f.valueId(1, r.b);
    f.add(ids, { decision: r.decision, label: null, score: null, consent: r.consent });
  }
  return f.finish();
}

/** The four counts of the rows where `where` holds, counted directly. */
function direct(rows: readonly Row[], where: (r: Row) => boolean) {
  const mine = rows.filter(where);
  const count = (p: (r: Row) => boolean) => mine.filter(p).length;
  return {
    optedOut: count((r) => r.consent === 1),
    unknown: count((r) => r.consent === 2),
    selectedOptedOut: count((r) => r.consent === 1 && r.decision === 1),
    selectedUnknown: count((r) => r.consent === 2 && r.decision === 1),
  };
}

describe('consent counts', () => {
  it('of every group, rolled-up attribute and the whole equal a direct count of the rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const table = fold(rows);
        for (const attribute of table.attributes) {
          for (const g of attribute.groups.values()) {
            const where = attribute.spec.name === 'a' ? (r: Row) => r.a === g.values[0] : (r: Row) => r.a === g.values[0] && (r.b || MISSING_GROUP) === g.values[1];
            expect(g.tally.consent).toEqual(direct(rows, where));
          }
        }
        expect(table.overall.consent ?? (rows.length === 0 ? NONE : undefined)).toEqual(direct(rows, () => true));
      }),
      { seed: 18, numRuns: 100 },
    );
  });

  it('of two shards merged equal those of one pass, and the merge is commutative', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 100 }), fc.array(row, { maxLength: 100 }), (left, right) => {
        const tally = (rows: readonly Row[]) => {
          const t = emptyTally(10);
          for (const r of rows) addObservation(t, { decision: r.decision, label: null, score: null, consent: r.consent });
          return t;
        };
        const merged = mergeTallies(tally(left), tally(right));
        expect(merged.consent ?? NONE).toEqual(direct([...left, ...right], () => true));
        expect(mergeTallies(tally(right), tally(left)).consent).toEqual(merged.consent);
        // the one-row form and the columnar fold agree
        expect(fold([...left, ...right]).overall.consent ?? NONE).toEqual(merged.consent ?? NONE);
      }),
      { seed: 19, numRuns: 100 },
    );
  });
});
