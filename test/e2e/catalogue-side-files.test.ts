import { describe, it } from 'vitest';
import { checkCase } from '../catalogue/run-case.js';
import { NAME_CASES } from '../catalogue/name-cases.js';
import { SIDE_FILE_CASES } from '../catalogue/side-file-cases.js';
import { STATISTICS_CASES } from '../catalogue/statistics-cases.js';

describe('bad-input catalogue: names, side files and the environment (exact stderr, exit code, no report left behind)', () => {
  it.each([...NAME_CASES, ...SIDE_FILE_CASES, ...STATISTICS_CASES].flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
