import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, compareNatural, sortNatural } from '../../../src/util/natural-order.js';

const sorted = (values: readonly string[]) => [...values].sort(compareNatural);

describe('natural order of group names', () => {
  it('puts age bands youngest first: < before ranges, + last, ranges by their ends', () => {
    expect(sorted(['65+', '25-34', '<25', '45-54', '35-44', '55-64'])).toEqual(['<25', '25-34', '35-44', '45-54', '55-64', '65+']);
    expect(sorted(['65 and over', 'under 18', '18 to 64'])).toEqual(['under 18', '18 to 64', '65 and over']);
    expect(sorted(['>=65', '≤17', '18–64'])).toEqual(['≤17', '18–64', '>=65']);
    // COMPAS's age_cat
    expect(sorted(['Greater than 45', '25 - 45', 'Less than 25'])).toEqual(['Less than 25', '25 - 45', 'Greater than 45']);
    // a band beginning where another begins: the narrower first, the open one last
    expect(sorted(['65+', '65-74', '65'])).toEqual(['65', '65-74', '65+']);
  });

  it('compares numbers inside names as numbers', () => {
    expect(sorted(['decile 10', 'decile 2', 'decile 1'])).toEqual(['decile 1', 'decile 2', 'decile 10']);
    expect(sorted(['$100k-$150k', '$50k-$100k', '$20k-$50k'])).toEqual(['$20k-$50k', '$50k-$100k', '$100k-$150k']);
    expect(sorted(['10', '9', '100'])).toEqual(['9', '10', '100']);
  });

  it('puts values that are not bands after the bands, in text order', () => {
    expect(sorted(['Unknown', '(missing)', '18-24', '<18'])).toEqual(['<18', '18-24', '(missing)', 'Unknown']);
    expect(sorted(['Male', 'Female', 'Non-binary'])).toEqual(['Female', 'Male', 'Non-binary']);
  });

  it('orders intersections part by part', () => {
    expect(sorted(['65+|Female', '<25|Male', '25-34|Female', '<25|Female'])).toEqual(['<25|Female', '<25|Male', '25-34|Female', '65+|Female']);
  });

  it('reads bands by their ends', () => {
    expect(bandOf('<25')).toEqual({ low: -Infinity, high: 25 });
    expect(bandOf('25-34')).toEqual({ low: 25, high: 34 });
    expect(bandOf('65+')).toEqual({ low: 65, high: Infinity });
    expect(bandOf('2.5')).toEqual({ low: 2.5, high: 2.5 });
    expect(bandOf('Female')).toBeUndefined();
    expect(bandOf('25-34 years old')).toBeUndefined();
  });

  // values made of the pieces that matter: digits, band marks, letters, the intersection bar
  const piece = fc.constantFrom('<', '+', '-', '|', ' ', 'a', 'B', '(', '0', '1', '2', '9', '10', '25', '≤', '.', 'to ', 'over ');
  const value = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));

  it('is a total order: antisymmetric, transitive, and 0 only for equal strings', () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const ab = compareNatural(a, b);
        expect(Math.sign(ab) + Math.sign(compareNatural(b, a))).toBe(0);
        expect(ab === 0).toBe(a === b);
        if (ab <= 0 && compareNatural(b, c) <= 0) expect(compareNatural(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('sorts the same whatever the input order (a report never depends on row order)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(value, { maxLength: 12 }), fc.integer(), (values, seed) => {
        const shuffled = [...values].sort((x, y) => (((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7)));
        expect(sorted(shuffled)).toEqual(sorted(values));
      }),
    );
  });

  it('sortNatural, reading each key once, sorts exactly as compareNatural', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (values) => {
        const items = values.map((key, i) => ({ key, i }));
        expect(sortNatural(items, (x) => x.key)).toEqual([...items].sort((x, y) => compareNatural(x.key, y.key)));
      }),
    );
  });
});
