import fc from 'fast-check';

/**
 * fast-check with more runs, to hunt counterexamples too rare for CI's seeds.
 * Opt-in: vitest.config.ts routes `fast-check` here only when FC_SCALE is set.
 *
 *   FC_SCALE=20 npx vitest run test/unit/privacy           # 20× the runs, fresh random seeds
 *   FC_SCALE=20 FC_SEED=123 npx vitest run test/fuzz       # the same, reproducibly
 *
 * Each `fc.assert` runs FC_SCALE (≥ 1) times its own numRuns (or fast-check's 100).
 * Its seed is FC_SEED + (how many asserts of the file ran before it), or a
 * fresh random one, also for asserts whose committed seed is fixed: the point
 * is to explore. A replay (`path` given) is left as written. A failure prints
 * the seed and path; replay it with `{ seed, path }` on that assert.
 */
const scale = Number(process.env.FC_SCALE);
const seedBase = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
if (!(scale >= 1) || (seedBase !== undefined && !Number.isInteger(seedBase))) {
  throw new Error(`FC_SCALE must be a number ≥ 1 (a few tests count their runs) and FC_SEED an integer (got ${process.env.FC_SCALE}, ${process.env.FC_SEED})`);
}
let asserts = 0;

function scaled(params: fc.Parameters<unknown> = {}): fc.Parameters<unknown> {
  if (params.path !== undefined) return params;
  const seed = seedBase === undefined ? Math.floor(Math.random() * 2 ** 31) : (seedBase + asserts) | 0;
  asserts++;
  return { ...params, numRuns: Math.max(1, Math.round((params.numRuns ?? 100) * scale)), seed };
}

const assert = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) => fc.assert(property, scaled(params))) as typeof fc.assert;

export default { ...fc, assert };
export * from 'fast-check';
export { assert };
