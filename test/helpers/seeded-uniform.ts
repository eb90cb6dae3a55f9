/**
 * A small seeded generator of uniform numbers in [0, 1) for generated tables and simulation tests
 * (mulberry32, T. Ettinger's 32-bit generator): the same sequence from the same seed, on every machine.
 */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
