import { describe, expect, it } from 'vitest';
import { planSuppression } from '../../../src/privacy/suppression-plan.js';
import { cellRows, type CellSpec } from '../../helpers/cell-rows.js';
import { COUNTS, eliminate, feasibleRowCounts, linearlyDetermined, publishedSystem } from '../../helpers/report-attacks.js';
import { auditRows, tallyRows, testConfig } from '../../helpers/rows.js';

const DL = { prediction: 'd', label: 'y' };

/** The plan as `attribute/key → mark`, sorted, for exact comparison. */
function planOf(cells: Record<string, number | CellSpec>, groups: string[], k: number, extra: Record<string, unknown> = {}) {
  const columns = [...new Set(groups.flatMap((g) => g.split('+')))];
  const config = testConfig({ columns: DL, groups, suppressBelow: k, ...extra });
  const plan = planSuppression(tallyRows(cellRows(columns, cells), config), config)!;
  return Object.fromEntries(plan.masks.flatMap((m, i) => [...m].map(([key, mark]) => [`${groups[i]}/${key}`, mark])).sort());
}

describe('complementary suppression, hand-worked', () => {
  it('one small group in an attribute: the smallest other group is masked with it', () => {
    // total = A + B + C + D is published; with C alone hidden, C = total − A − B − D.
    expect(planOf({ A: 50, B: 30, C: 3, D: 20 }, ['g'], 5)).toEqual({ 'g/C': 'primary', 'g/D': 'secondary' });
  });

  it('no group under k: nothing is masked', () => {
    expect(planOf({ A: 50, B: 30 }, ['g'], 5)).toEqual({});
  });

  it('an intersection cell: partners in its row and its column, closing a rectangle', () => {
    const cells = { 'x|u': 2, 'x|v': 40, 'x|w': 60, 'y|u': 50, 'y|v': 45, 'y|w': 70, 'z|u': 80, 'z|v': 55, 'z|w': 90 };
    // x|u alone in the table's total → x|v (smallest); column u → y|u; column v → y|v; row y then has two.
    expect(planOf(cells, ['a', 'b', 'a+b'], 5)).toEqual({
      'a+b/x|u': 'primary',
      'a+b/x|v': 'secondary',
      'a+b/y|u': 'secondary',
      'a+b/y|v': 'secondary',
    });
  });

  it('a masked marginal whose cells are all visible: one of its cells is masked too', () => {
    // b=u has 3 rows (primary) → b=v (12, smallest) hides it in b's total; but v = x|v + y|v would
    // give v back, so x|v is masked; row y then holds y|u alone → y|v.
    const cells = { 'x|u': 1, 'y|u': 2, 'x|v': 6, 'y|v': 6, 'x|w': 50, 'y|w': 60 };
    expect(planOf(cells, ['a', 'b', 'a+b'], 5)).toEqual({
      'b/u': 'primary',
      'b/v': 'secondary',
      'a+b/x|u': 'primary',
      'a+b/x|v': 'secondary',
      'a+b/y|u': 'primary',
      'a+b/y|v': 'secondary',
    });
  });

  it('a pair that pins the small group by its bounds gets a third member (p = 1 beside a partner of exactly k)', () => {
    // A + B = 6 with A ∈ [1, 4] (primary) and B ≥ 5 (secondary) gives A = 1: C (9 rows) widens it.
    expect(planOf({ A: 1, B: 5, C: 9, D: 50 }, ['g'], 5)).toEqual({ 'g/A': 'primary', 'g/B': 'secondary', 'g/C': 'secondary' });
  });

  it('a hidden pair with no selected rows would say the small group had none: a partner with selections joins', () => {
    const cells = { A: { n: 3, tp: 0, fp: 0, fn: 1 }, B: { n: 20, tp: 0, fp: 0, fn: 4 }, C: { n: 30, tp: 3, fp: 3, fn: 6 }, D: { n: 200, tp: 30, fp: 20, fn: 40 } };
    expect(planOf(cells, ['g'], 5)).toEqual({ 'g/A': 'primary', 'g/B': 'secondary', 'g/C': 'secondary' });
  });

  it('keeps an explicit reference group visible when another partner will do', () => {
    expect(planOf({ A: 50, B: 30, C: 3, D: 20 }, ['g'], 5, { referenceGroups: { g: 'D' } })).toEqual({ 'g/C': 'primary', 'g/B': 'secondary' });
  });

  it('refuses an explicit reference group that is itself too small (exit 2, the key is named)', () => {
    expect(() => planOf({ A: 50, C: 3, D: 20 }, ['g'], 5, { referenceGroups: { g: 'C' } })).toThrow(
      /referenceGroups\.g: the reference group "C" has fewer than 5 rows and is suppressed/,
    );
  });
});

describe('masked counts cannot be recovered from the report (independent attackers)', () => {
  const tables: [string, Record<string, number>][] = [
    ['one small cell', { 'x|u': 2, 'x|v': 40, 'x|w': 60, 'y|u': 50, 'y|v': 45, 'y|w': 70, 'z|u': 80, 'z|v': 55, 'z|w': 90 }],
    ['a small marginal', { 'x|u': 1, 'y|u': 2, 'x|v': 6, 'y|v': 6, 'x|w': 50, 'y|w': 60 }],
    ['many small cells', { 'x|u': 1, 'x|v': 2, 'x|w': 3, 'y|u': 4, 'y|v': 30, 'y|w': 7, 'z|u': 9, 'z|v': 1, 'z|w': 50 }],
  ];
  it.each(tables)('%s: no elimination, no linear combination gives a masked count', (_, cells) => {
    const report = auditRows(cellRows(['a', 'b'], cells), testConfig({ columns: DL, groups: ['a', 'b', 'a+b'], suppressBelow: 5 }));
    const system = publishedSystem(report);
    const masked = system.ids.filter((id) => system.values.get(id)!.n === null);
    expect(masked.length).toBeGreaterThan(0);
    for (const count of COUNTS) expect([...eliminate(system, count).keys()].filter((id) => masked.includes(id))).toEqual([]);
    expect(linearlyDetermined(system)).toEqual([]);
  });

  it('the attackers are not toothless: masking only the small group lets both recover it exactly', () => {
    const cells = { A: 50, B: 30, C: 3, D: 20 };
    const report = auditRows(cellRows(['g'], cells), testConfig({ columns: DL, groups: ['g'] }));
    const naive = structuredClone(report);
    const c = naive.attributes[0]!.groups.find((g) => g.key === 'C')!;
    Object.assign(c, { n: null, selected: null, positives: null, tp: null });
    const system = publishedSystem(naive);
    expect(eliminate(system, 'n').get('g/C')).toBe(3);
    expect(eliminate(system, 'tp').get('g/C')).toBe(report.attributes[0]!.groups.find((g) => g.key === 'C')!.tp);
    expect(linearlyDetermined(system)).toEqual(['g/C']);
  });

  it('the integer search is not toothless either: a lone small cell with its row partner pinned by bounds', () => {
    // x|u (1 row, primary) and x|v (5 rows, secondary) under a published row x = 6: x|u ∈ [1, 4], x|v ≥ 5 → x|u = 1.
    const cells = { 'x|u': 1, 'x|v': 5, 'y|u': 40, 'y|v': 40 };
    const report = auditRows(cellRows(['a', 'b'], cells), testConfig({ columns: DL, groups: ['a', 'b', 'a+b'] }));
    const naive = structuredClone(report);
    for (const [key, mark] of [['x|u', 'primary'], ['x|v', 'secondary'], ['y|u', 'secondary'], ['y|v', 'secondary']] as const) {
      Object.assign(naive.attributes[2]!.groups.find((g) => g.key === key)!, { n: null, suppressed: mark });
    }
    expect([...feasibleRowCounts(naive, 5)!.get('a+b/x|u')!]).toEqual([1]);
    const shown = auditRows(cellRows(['a', 'b'], cells), testConfig({ columns: DL, groups: ['a', 'b', 'a+b'], suppressBelow: 5 }));
    expect(feasibleRowCounts(shown, 5)!.get('a+b/x|u')!.size).toBeGreaterThan(1);
  });
});
