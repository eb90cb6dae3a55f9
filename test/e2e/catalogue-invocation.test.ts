import { describe, it } from 'vitest';
import { INVOCATION_CASES } from '../catalogue/invocation-cases.js';
import { checkOutputCase } from '../catalogue/run-output-case.js';

describe('bad-input catalogue: the data argument, standard input, the config in use and GitHub Actions (exact stderr, exit code, the folder exactly as before)', () => {
  it.each(INVOCATION_CASES.map((c) => [c.input, c] as const))('%s', async (_input, c) => {
    await checkOutputCase(c);
  });
});
