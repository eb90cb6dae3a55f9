import { describe, it } from 'vitest';
import { SWEEP_CASES } from '../catalogue/sweep-cases.js';
import { checkOutputCase } from '../catalogue/run-output-case.js';

describe('bad-input catalogue: fairgate sweep (exact stderr, exit code, the folder exactly as before)', () => {
  it.each(SWEEP_CASES.map((c) => [c.input, c] as const))('%s', async (_input, c) => {
    await checkOutputCase(c);
  });
});
