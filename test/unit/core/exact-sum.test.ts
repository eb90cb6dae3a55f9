import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSumOf, exactValue, mergeExact } from '../../../src/core/exact-sum.js';
import { createSlotSums, toLimbs } from '../../../src/core/slot-sums.js';

/** x as an integer multiple of 2^-1074 (exact, via the IEEE bits). */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const exponent = (hi >>> 20) & 0x7ff;
  const mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  const m = exponent === 0 ? mantissa : mantissa | (1n << 52n);
  const magnitude = exponent === 0 ? m : m << BigInt(exponent - 1);
  return hi >>> 31 ? -magnitude : magnitude;
}

/** The exact sum rounded once to the nearest double (ties to even): an oracle with big integers. */
function oracleSum(values: readonly number[]): number {
  const total = values.reduce((s, x) => s + scaled(x), 0n);
  if (total === 0n) return 0;
  const magnitude = total < 0n ? -total : total;
  const shift = Math.max(0, magnitude.toString(2).length - 53);
  let q = magnitude >> BigInt(shift);
  const rest = magnitude - (q << BigInt(shift));
  const half = shift === 0 ? 0n : 1n << BigInt(shift - 1);
  if (shift > 0 && (rest > half || (rest === half && (q & 1n) === 1n))) q += 1n;
  return (total < 0n ? -1 : 1) * Number(q) * 2 ** (shift - 1074);
}

// Normal doubles (no subnormal results), over a wide range of magnitudes and both signs.
const value = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-200),
  fc.integer({ min: 0, max: 1_000_000 }).map((m) => m / 1e6),
  fc.constantFrom(0.1, 0.2, 0.3, 1e-9, 2 ** -60, 1e15, -1e15, 0.5),
);

describe('exact sums', () => {
  it('round the exact sum once, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const expected = oracleSum(values);
        expect(exactValue(exactSumOf(values))).toBe(expected);
        expect(exactValue(exactSumOf([...values].reverse()))).toBe(expected);
      }),
    );
  });

  it('merge of any split equals the sum of all values', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.nat(), (values, cut) => {
        const at = cut % (values.length + 1);
        const merged = mergeExact(exactSumOf(values.slice(at)), exactSumOf(values.slice(0, at)));
        expect(exactValue(merged)).toBe(oracleSum(values));
      }),
    );
  });

  it('are exact where a running float sum is not', () => {
    const values = [1e16, 1, -1e16, 0.1, 0.2];
    expect(values.reduce((s, x) => s + x, 0)).not.toBe(1.3);
    expect(exactValue(exactSumOf(values))).toBe(oracleSum(values));
    expect(exactValue(exactSumOf(values))).toBe(1.3);
  });
});

describe('slot sums (hot-path limbs with a fallback)', () => {
  it('give each slot the exact sum of its values, limbs and fallback alike', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 5 }), value), { maxLength: 200 }), (adds) => {
        const sums = createSlotSums(2);
        sums.ensure(6);
        const limbs = new Float64Array(4);
        for (const [slot, x] of adds) {
          if (toLimbs(x, limbs, 0)) sums.addLimbs(slot, limbs, 0);
          else sums.addOther(slot, x);
        }
        for (let slot = 0; slot < 6; slot++) {
          const mine = adds.filter(([s]) => s === slot).map(([, x]) => x);
          expect(exactValue(sums.partials(slot))).toBe(oracleSum(mine));
        }
      }),
    );
  });
});
