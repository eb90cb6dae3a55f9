import { describe, it } from 'vitest';
import { CANDIDATE_CASES } from '../catalogue/candidate-cases.js';
import { checkCase } from '../catalogue/run-case.js';

describe('bad-input catalogue: a candidate model (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(CANDIDATE_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
