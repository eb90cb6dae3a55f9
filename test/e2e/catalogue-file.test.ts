import { describe, it } from 'vitest';
import { FILE_CASES } from '../catalogue/file-cases.js';
import { checkCase } from '../catalogue/run-case.js';

describe('bad-input catalogue: files, encodings and compression (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(FILE_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
