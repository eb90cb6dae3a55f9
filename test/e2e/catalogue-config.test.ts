import { describe, it } from 'vitest';
import { CONFIG_CASES } from '../catalogue/config-cases.js';
import { checkCase } from '../catalogue/run-case.js';

describe('bad-input catalogue: config files and flags (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(CONFIG_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
