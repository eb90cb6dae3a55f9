import { describe, it } from 'vitest';
import { ROW_CASES } from '../catalogue/row-cases.js';
import { checkCase } from '../catalogue/run-case.js';

describe('bad-input catalogue: records, values and header (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(ROW_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
