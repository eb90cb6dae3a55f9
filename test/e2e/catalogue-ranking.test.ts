import { describe, it } from 'vitest';
import { RANKING_CASES } from '../catalogue/ranking-cases.js';
import { checkCase } from '../catalogue/run-case.js';

describe('bad-input catalogue: ranks and score cut-offs (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(RANKING_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
