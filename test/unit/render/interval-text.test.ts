import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsFor, distinctDigits, intervalText, percentAndRange, rangeText, valueAndRange, valueBeside, withRange } from '../../../src/render/interval-text.js';

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
    expect(distinctDigits([0.1234561, 0.1234562], 3)).toBe(7);
  });

  it('keeps three decimals on a wide interval, with an end above 1', () => {
    // the impact ratio of a group of 36 rows: the whole interval is wide, its ends still at three decimals
    expect(valueAndRange(0.5216, [0.2678, 1.0201])).toEqual({ value: '0.522', interval: '0.268–1.020' });
    expect(valueAndRange(0, [0, 7.4123])).toEqual({ value: '0.000', interval: '0.000–7.412' });
  });

  it('gives an estimate near 0 two significant digits, and one near 1 the decimals that tell it from its ends', () => {
    // 0.0012 at three decimals would read 0.001 (0.001–0.002)
    expect(valueAndRange(0.00123, [0.00081, 0.00164])).toEqual({ value: '0.0012', interval: '0.0008–0.0016' });
    expect(valueAndRange(0.000042, [0.000011, 0.00012])).toEqual({ value: '0.000042', interval: '0.000011–0.000120' });
    expect(valueAndRange(0.99912, [0.99871, 0.99943])).toEqual({ value: '0.9991', interval: '0.9987–0.9994' });
    expect(valueAndRange(0.9996, [0.9991, 1])).toEqual({ value: '0.9996', interval: '0.9991–1.0000' });
  });

  it('prints equal ends as one number, at the usual decimals', () => {
    expect(valueAndRange(0.5, [0.5, 0.5])).toEqual({ value: '0.500', interval: '0.500–0.500' });
    expect(valueAndRange(1, [1, 1])).toEqual({ value: '1.000', interval: '1.000–1.000' });
    expect(withRange(0.25, [0.25, 0.25])).toBe('0.250 (0.250–0.250)');
  });

  it('gives numbers of 10 and more at most four significant digits', () => {
    // mean offer values: 1234.56 (1187.2–1301.9), not 1234.560 (1187.200–1301.900)
    expect(valueAndRange(1234.56, [1187.2, 1301.9])).toEqual({ value: '1235', interval: '1187–1302' });
    expect(valueAndRange(12.345, [11.02, 13.9])).toEqual({ value: '12.35', interval: '11.02–13.90' });
    expect(digitsFor(123.4, [123.41, 123.5], 3)).toBe(2);
    // the estimate sets the scale: a far end of 22.68 does not cost a mean of 8.333 its third decimal
    expect(valueAndRange(8.3333, [-6.0101, 22.6767])).toEqual({ value: '8.333', interval: '-6.010 to 22.677' });
  });

  it('labels an interval and prints one alone at its estimate\'s decimals', () => {
    expect(withRange(0.2594, [0.2571, 0.2617], '95 % CI ')).toBe('0.259 (95 % CI 0.257–0.262)');
    expect(withRange(0.714, undefined)).toBe('0.714');
    expect(intervalText(0.25912, [0.25881, 0.25943])).toBe('0.2588–0.2594');
    expect(intervalText(null, [-0.2, 0.0112])).toBe('-0.200 to 0.011');
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

describe('a value beside its bound', () => {
  it('prints with digits enough to differ from the bound it breaches', () => {
    // ECE 0.0504 against at most 0.05: "0.050, above 0.05" would contradict itself
    expect(valueBeside(0.0504, [0.05])).toBe('0.0504');
    expect(valueBeside(0.117, [0.05])).toBe('0.117');
    expect(valueBeside(0.8, [0.8])).toBe('0.800');
    expect(valueBeside(-0.10004, [0.1, -0.1])).toBe('-0.10004');
  });
});
