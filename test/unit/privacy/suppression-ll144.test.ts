import { describe, expect, it } from 'vitest';
import { renderLl144Markdown, renderLl144Text } from '../../../src/render/ll144/index.js';
import { auditCsv, csvOf } from '../../helpers/csv-audit.js';
import { assertValidResult } from '../../helpers/report-schema.js';

/** Rows of (sex, race) with `n` rows of which `selected` are selected. */
function rows(spec: [sex: string, race: string, n: number, selected: number][]): (string | number)[][] {
  return spec.flatMap(([sex, race, n, selected]) => Array.from({ length: n }, (_, i) => [sex, race, i < selected ? 1 : 0]));
}

// Asian is 3 rows (under k = 5) and one row of each sex has no race: both hidden, with partners.
const CSV = csvOf(
  ['sex', 'race', 'hired'],
  rows([
    ['F', 'White', 60, 18],
    ['M', 'White', 70, 28],
    ['F', 'Black', 40, 10],
    ['M', 'Black', 45, 15],
    ['F', 'Asian', 1, 1],
    ['M', 'Asian', 2, 0],
    ['F', '', 1, 0],
    ['M', '', 1, 1],
  ]),
);
const LL144 = { columns: { prediction: 'hired' }, preset: 'll144', ll144: { sex: 'sex', race: 'race' }, minGroupSize: 1 };

describe('suppression × the ll144 tables', () => {
  it('names hidden categories only: no applicants, selections, rate, ratio or share, never excluded, never the reference', async () => {
    const r = await auditCsv(CSV, { ...LL144, suppressBelow: 5 });
    assertValidResult(r);
    const tables = r.presets!.ll144!.tables;
    const hiddenGroups = new Set(r.attributes.flatMap((a) => a.groups.filter((g) => g.suppressed).map((g) => `${a.name}/${g.key}`)));
    expect(hiddenGroups.size).toBeGreaterThan(0);
    for (const t of tables) {
      for (const c of t.categories) {
        const isHidden = hiddenGroups.has(`${t.attribute}/${c.key}`);
        expect(c.applicants === null).toBe(isHidden);
        if (isHidden) expect(c).toMatchObject({ selected: null, rate: null, impactRatio: null, share: null, isExcluded: false });
      }
      if (t.reference !== null) expect(hiddenGroups.has(`${t.attribute}/${t.reference}`)).toBe(false);
    }
    const race = tables.find((t) => t.kind === 'race')!;
    expect(race.categories.find((c) => c.key === 'Asian')).toMatchObject({ suppressed: 'primary', applicants: null });
    // The unknown count of race is the hidden (missing) group's row count: not published.
    expect(r.attributes.find((a) => a.name === 'race')!.groups.find((g) => g.key === '(missing)')!.suppressed).toBeDefined();
    expect(race.unknown).toBeNull();
    expect(tables.find((t) => t.kind === 'sex')!.unknown).toBe(0);
  });

  it('renders hidden categories as <k or hidden, lists none of them as excluded, and says why', async () => {
    const r = await auditCsv(CSV, { ...LL144, suppressBelow: 5 });
    const md = renderLl144Markdown(r.presets!.ll144!);
    expect(md).toContain('| Asian | &lt;5 | — | — | hidden |');
    expect(md).toContain('withheld by small-cell suppression');
    expect(md).toContain('Unknown category: not shown, because it includes a category hidden by small-cell suppression');
    const text = renderLl144Text(r.presets!.ll144!);
    expect(text).not.toMatch(/Asian.*\b3\b/);
    // Without suppression the same run publishes Asian (3 applicants) and is excluded under 2 %.
    const open = await auditCsv(CSV, LL144);
    const asian = open.presets!.ll144!.tables.find((t) => t.kind === 'race')!.categories.find((c) => c.key === 'Asian')!;
    expect(asian).toMatchObject({ applicants: 3, selected: 1, isExcluded: true });
  });
});
