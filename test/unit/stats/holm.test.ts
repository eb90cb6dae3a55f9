import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../../src/stats/holm.js';

describe('Holm step-down adjustment', () => {
  it('a hand-worked family of four', () => {
    // Sorted: 0.01, 0.02, 0.03, 0.04 with multipliers 4, 3, 2, 1 → 0.04, 0.06, 0.06, 0.04;
    // the running maximum makes it 0.04, 0.06, 0.06, 0.06. Input order is kept.
    const adjusted = holmAdjust([0.03, 0.01, 0.04, 0.02]);
    [0.06, 0.04, 0.06, 0.06].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 15));
  });

  it('caps at 1 and leaves a single p-value alone', () => {
    expect(holmAdjust([0.5, 0.4])).toEqual([0.8, 0.8]);
    expect(holmAdjust([0.9, 0.6])).toEqual([1, 1]);
    expect(holmAdjust([0.037])).toEqual([0.037]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('counts untested members in m, however many (150,000 groups: 1.1e10 untested pairs)', () => {
    // m = 2 + 3 = 5: 0.01·5 = 0.05, then max(0.05, 0.02·4) = 0.08
    expect(holmAdjust([0.02, 0.01], 3)).toEqual([0.08, 0.05]);
    const untested = (150_000 * 149_999) / 2;
    expect(holmAdjust([1e-12, 0.5], untested)).toEqual([Math.min(1, (untested + 2) * 1e-12), 1]);
  });

  it('adjusted ≥ raw, ≤ 1, and monotone in the raw order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (ps) => {
        const adjusted = holmAdjust(ps);
        ps.forEach((p, i) => {
          expect(adjusted[i]!).toBeGreaterThanOrEqual(p);
          expect(adjusted[i]!).toBeLessThanOrEqual(1);
        });
        const order = ps.map((p, i) => i).sort((i, j) => ps[i]! - ps[j]!);
        for (let k = 1; k < order.length; k++) expect(adjusted[order[k]!]!).toBeGreaterThanOrEqual(adjusted[order[k - 1]!]!);
      }),
    );
  });
});
