import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctDigits, percentAndRange, rangeText, valueAndRange } from '../../../src/render/interval-text.js';

/** The two ends of a printed range (`0.257–0.262`, `-0.109 to -0.099`), as numbers. */
function ends(text: string): [number, number] {
  const m = /^(-?[\d.]+)(?:–| to )(-?[\d.]+)$/.exec(text);
  if (!m) throw new Error(`not a range: ${text}`);
  return [Number(m[1]), Number(m[2])];
}

describe('values and intervals with enough digits to differ', () => {
  it('keeps three decimals when they tell the numbers apart', () => {
    expect(valueAndRange(0.2594, [0.2571, 0.2617])).toEqual({ value: '0.259', interval: '0.257–0.262' });
  });

  it('adds decimals at large n, where three would print one number three times', () => {
    // e.g. a Wilson interval at n = 10⁶: ±0.0003
    expect(valueAndRange(0.25912, [0.25881, 0.25943])).toEqual({ value: '0.2591', interval: '0.2588–0.2594' });
    expect(distinctDigits([0.5, 0.5, 0.5], 3)).toBe(3);
    expect(distinctDigits([0.1234561, 0.1234562], 3)).toBe(6);
  });

  it('writes a range with a negative end as "to", never a dash beside a minus sign', () => {
    expect(rangeText([-0.109, -0.099], 3)).toBe('-0.109 to -0.099');
    expect(rangeText([-0.324, 0.079], 3)).toBe('-0.324 to 0.079');
    expect(percentAndRange(-0.211, [-0.317, -0.09], ' points')).toEqual({ value: '-21.1 points', interval: '-31.7 points to -9.0 points' });
    expect(percentAndRange(0.25, [0.241, 0.259])).toEqual({ value: '25.0 %', interval: '24.1–25.9 %' });
  });

  it('prints a value and its ends differently whenever they differ by two millionths or more', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 2e-6, max: 1, noNaN: true }), fc.double({ min: 2e-6, max: 1, noNaN: true }), (v, below, above) => {
        const shown = valueAndRange(v, [v - below, v + above]);
        const [low, high] = shown.interval.split(/–| to /);
        expect(new Set([low, shown.value, high]).size).toBe(3);
        expect(ends(shown.interval)).toEqual([Number(low), Number(high)]);
      }),
    );
  });
});
