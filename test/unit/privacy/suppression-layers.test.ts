import { describe, expect, it } from 'vitest';
import { buildCellModel } from '../../../src/privacy/cell-model.js';
import { complementarySuppression } from '../../../src/privacy/complementary.js';
import { eliminationClosure } from '../../../src/privacy/elimination.js';
import type { Masks } from '../../../src/privacy/cell-exposure.js';
import { N_ROWS, publishedSystems } from '../../../src/privacy/count-systems.js';
import { propagateBounds } from '../../../src/privacy/interval-bounds.js';
import { determinedCells } from '../../../src/privacy/linear-determinacy.js';
import { cellRows } from '../../helpers/cell-rows.js';
import { eliminate, linearlyDetermined, publishedSystem } from '../../helpers/report-attacks.js';
import { auditRows, tallyRows, testConfig } from '../../helpers/rows.js';

const K = 5;
const config = testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['a', 'b', 'a+b'], suppressBelow: K });

/**
 * Two hidden 2×2 blocks joined by one hidden "bridge" cell r0|c2: every row
 * and column holds at least two hidden cells, so one-unknown elimination
 * learns nothing, yet row r0 minus columns c0 and c1 plus row r1 fixes r0|c2.
 */
const BRIDGE: Record<string, number> = {
  'r0|c0': 1, 'r0|c1': 2, 'r1|c0': 3, 'r1|c1': 4, 'r2|c2': 1, 'r2|c3': 2, 'r3|c2': 3, 'r3|c3': 4, 'r0|c2': 2,
  'r0|c3': 30, 'r1|c2': 31, 'r1|c3': 32, 'r2|c0': 33, 'r2|c1': 34, 'r3|c0': 35, 'r3|c1': 36,
};

function primaryMasks(cells: Record<string, number>) {
  const table = tallyRows(cellRows(['a', 'b'], cells), config);
  const model = buildCellModel(table, 'group');
  const masks: Masks = model.cells.map((c) => (c.kind === 'group' && c.counts.n < K ? 'primary' : undefined));
  return { table, model, masks };
}

describe('why each attack layer is there', () => {
  it('a bridge between two hidden blocks passes elimination but not exact linear algebra', () => {
    const { model, masks } = primaryMasks(BRIDGE);
    expect(eliminationClosure(model, masks).size).toBe(0);
    const determined = determinedCells(model, masks).map((c) => model.cells[c]!.key);
    expect(determined).toEqual(['r0|c2']);
  });

  it('the plan hides more until the bridge is no longer determined, checked by an independent rank test', () => {
    const report = auditRows(cellRows(['a', 'b'], BRIDGE), config);
    const system = publishedSystem(report);
    expect(report.attributes[2]!.groups.find((g) => g.key === 'r0|c2')!.suppressed).toBe('primary');
    expect(report.privacy!.groupsMasked).toMatchObject({ primary: 9 });
    expect(report.privacy!.groupsMasked.secondary).toBeGreaterThan(0);
    expect(linearlyDetermined(system)).toEqual([]);
    expect(eliminate(system, 'n').size).toBe(0);
  });

  it('bounds: two hidden groups of one row each under a published sum of 2 are pinned', () => {
    const { model, masks } = primaryMasks({ 'x|u': 1, 'x|v': 1, 'y|u': 40, 'y|v': 40 });
    // The table's total (82) minus the visible cells (80) leaves 2 for x|u + x|v, and a listed group has ≥ 1 row.
    const cell = model.groupCells[2]!.get('x|u')!;
    const b = propagateBounds(model, masks, N_ROWS, K);
    expect([b.lo[cell], b.hi[cell]]).toEqual([1, 1]);
  });

  it('whatever cannot be protected is reported, not hidden silently: two one-row groups and nothing else', () => {
    const table = tallyRows(cellRows(['g'], { A: 1, B: 1 }), testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['g'], suppressBelow: K }));
    const model = buildCellModel(table, 'group');
    const result = complementarySuppression(model, { k: K, systems: publishedSystems(table.capabilities) });
    expect(result.masks.filter((m) => m === 'primary')).toHaveLength(2);
    expect(result.unprotected.map((c) => model.cells[c]!.key)).toEqual(['A', 'B']);
  });
});

describe('the relation model', () => {
  it('links a group to every finer audited attribute, not only the one-column-finer ones', () => {
    const cfg = testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['a', 'a+b+c'], suppressBelow: K });
    const rows = cellRows(['a', 'b', 'c'], { 'x|u|p': 3, 'x|v|p': 8, 'x|u|q': 6, 'y|u|p': 9 });
    const model = buildCellModel(tallyRows(rows, cfg), 'group');
    const keysOf = (r: { terms: readonly { cell: number }[] }) => r.terms.map((t) => model.cells[t.cell]!.key).sort();
    expect(model.relations.map(keysOf)).toContainEqual(['x', 'x|u|p', 'x|u|q', 'x|v|p']);
    expect(model.relations.map(keysOf)).toContainEqual(['y', 'y|u|p']);
  });

  it('every relation holds on the true counts, with remainders under --missing drop', () => {
    const rows = [
      ...cellRows(['a', 'b'], { 'x|u': 3, 'x|v': 8, 'y|u': 6, 'y|v': 9 }),
      ...cellRows(['a', 'b'], { 'x|': 4, 'y|': 2, '|u': 5 }),
    ];
    for (const missing of ['group', 'drop'] as const) {
      const cfg = testConfig({ columns: { prediction: 'd', label: 'y' }, groups: ['a', 'b', 'a+b', 'b+a'], missing, suppressBelow: K });
      const model = buildCellModel(tallyRows(rows, cfg), missing);
      expect(model.cells.some((c) => c.kind === 'remainder')).toBe(missing === 'drop');
      for (const relation of model.relations) {
        for (const count of ['n', 'selected', 'positives', 'tp'] as const) {
          expect(relation.terms.reduce((s, t) => s + t.sign * model.cells[t.cell]!.counts[count], 0)).toBe(0);
        }
      }
    }
  });
});
