import { addExact, exactSumOf, mergeExact, type ExactSum } from './exact-sum.js';

/**
 * Many exact sums for the fold's hot path, addressed by slot number. A value
 * that is a multiple of 2^-78 below 2^26 in magnitude (every score and squared
 * error down to about 3e-8, and those below it that have few significant bits)
 * is split once into four 26-bit integer limbs (`toLimbs`), which each slot
 * adds as doubles: integer additions are exact and need no branch per partial.
 * Any other value goes to a per-slot list of Shewchuk partials (`addOther`).
 * `partials()` turns both into one exact sum.
 */
export interface SlotSums {
  /** adds limbs[at, at + 4) from `toLimbs` */
  addLimbs(slot: number, limbs: Float64Array, at: number): void;
  /** adds a value that `toLimbs` refused */
  addOther(slot: number, x: number): void;
  /** makes room for slots [0, slots) */
  ensure(slots: number): void;
  partials(slot: number): ExactSum;
  /** adds slot `from` of `source` to `slot` (integer limbs stay exact, so the partials are those of one sum) */
  absorb(slot: number, source: SlotSums, from: number): void;
}

export const LIMBS = 4;
const LIMB = 2 ** 26;
const SCALE = 2 ** 78;
const P52 = 2 ** 52;
/** Each limb gains < 2^26 per addition, so carries are due before 2^27 additions (exact below 2^53). */
const CARRY_EVERY = 2 ** 26;

/**
 * Writes the limbs of x (sign included) to out[at, at + 4), low to high:
 * x = l0·2^-78 + l1·2^-52 + l2·2^-26 + l3. False when x does not fit.
 */
export function toLimbs(x: number, out: Float64Array, at: number): boolean {
  // Split |x|: for a negative X, X − floor(X/2^78)·2^78 could need more than 53 bits.
  const sign = x < 0 ? -1 : 1;
  const X = sign * x * SCALE;
  const l3 = Math.floor(X / SCALE);
  let r = X - l3 * SCALE;
  const l2 = Math.floor(r / P52);
  r -= l2 * P52;
  const l1 = Math.floor(r / LIMB);
  const l0 = r - l1 * LIMB;
  if (l0 !== Math.floor(l0) || l3 >= LIMB) return false;
  out[at] = sign * l0;
  out[at + 1] = sign * l1;
  out[at + 2] = sign * l2;
  out[at + 3] = sign * l3;
  return true;
}

// A store's limbs and other partials, for `absorb` (module-private).
const internals = new WeakMap<SlotSums, () => { limbs: Float64Array; others: (ExactSum | undefined)[] }>();

export function createSlotSums(initialSlots = 16): SlotSums {
  let limbs = new Float64Array(LIMBS * initialSlots);
  const others: (ExactSum | undefined)[] = [];
  let sinceCarry = 0;

  const sums: SlotSums = {
    addLimbs(slot, add, at) {
      const base = slot * LIMBS;
      limbs[base]! += add[at]!;
      limbs[base + 1]! += add[at + 1]!;
      limbs[base + 2]! += add[at + 2]!;
      limbs[base + 3]! += add[at + 3]!;
      if (++sinceCarry === CARRY_EVERY) {
        for (let b = 0; b < limbs.length; b += LIMBS) carry(limbs, b);
        sinceCarry = 0;
      }
    },
    addOther(slot, x) {
      addExact((others[slot] ??= []), x);
    },
    ensure(slots) {
      if (slots * LIMBS <= limbs.length) return;
      const grown = new Float64Array(Math.max(slots, (2 * limbs.length) / LIMBS) * LIMBS);
      grown.set(limbs);
      limbs = grown;
    },
    partials(slot) {
      const own = carried(limbs, slot * LIMBS);
      const exact = exactSumOf([own[0]! / SCALE, own[1]! / P52, own[2]! / LIMB, own[3]!]);
      const other = others[slot];
      return other ? mergeExact(exact, other) : exact;
    },
    absorb(slot, source, from) {
      const theirs = internals.get(source)!();
      const own = carried(theirs.limbs, from * LIMBS);
      const base = slot * LIMBS;
      for (let j = 0; j < LIMBS; j++) limbs[base + j]! += own[j]!;
      carry(limbs, base);
      const other = theirs.others[from];
      if (other) others[slot] = mergeExact(others[slot] ?? [], other);
    },
  };
  internals.set(sums, () => ({ limbs, others }));
  return sums;
}

// One slot's limbs, carried, for reading at once (a report reads some twenty slots per group: no array each).
const scratch = new Float64Array(LIMBS);

/** A copy of the limbs at `base`, carried (valid until the next call). */
function carried(limbs: Float64Array, base: number): Float64Array {
  for (let j = 0; j < LIMBS; j++) scratch[j] = limbs[base + j]!;
  carry(scratch, 0);
  return scratch;
}

/** Moves whole multiples of 2^26 up a limb, so limbs 0–2 are in [0, 2^26). */
function carry(limbs: Float64Array, base: number): void {
  for (let j = 0; j < LIMBS - 1; j++) {
    const c = Math.floor(limbs[base + j]! / LIMB);
    limbs[base + j]! -= c * LIMB;
    limbs[base + j + 1]! += c;
  }
}
