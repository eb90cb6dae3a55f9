import { beforeAll, describe, it } from 'vitest';
import { FORMAT_CASES, makeFormatFixtures } from '../catalogue/format-cases.js';
import { checkCase } from '../catalogue/run-case.js';

beforeAll(makeFormatFixtures, 120_000);

describe('bad-input catalogue: separators, decimal commas, JSON Lines and Parquet (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(FORMAT_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
