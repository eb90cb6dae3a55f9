import { describe, it } from 'vitest';
import { CONSENT_CASES } from '../catalogue/consent-cases.js';
import { checkCase } from '../catalogue/run-case.js';

describe('bad-input catalogue: the consent column (exact stderr, exit code, no report left behind; on each path that applies)', () => {
  it.each(CONSENT_CASES.flatMap((c) => c.paths.map((on) => [c.input, on, c] as const)))('%s (%s)', (_input, on, c) => {
    checkCase(c, on);
  });
});
