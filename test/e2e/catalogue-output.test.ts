import { describe, it } from 'vitest';
import { OUTPUT_CASES } from '../catalogue/output-cases.js';
import { canMount, checkOutputCase } from '../catalogue/run-output-case.js';

if (!canMount) console.log('catalogue-output.test.ts: skipped the rows on a 64 KiB tmpfs and a read-only file system: mounting needs root with CAP_SYS_ADMIN, as in CI');

describe('bad-input catalogue: outputs, standard output, the environment and signals (exact stderr, exit code, the folder and TMPDIR exactly as before)', () => {
  it.each(OUTPUT_CASES.map((c) => [c.input, c] as const))('%s', async (_input, c) => {
    if (c.needsMount && !canMount) return;
    await checkOutputCase(c);
  });
});
