import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

/** FC_SCALE=n (opt-in, to hunt rare counterexamples): every fast-check property runs n times its runs; see the module. */
const FC_SCALED = fileURLToPath(new URL('./test/helpers/fc-scaled.ts', import.meta.url));
const fcScaled: Plugin = {
  name: 'fc-scaled',
  enforce: 'pre',
  resolveId: (source, importer) => (source === 'fast-check' && importer !== FC_SCALED ? FC_SCALED : null),
};

export default defineConfig({
  plugins: process.env.FC_SCALE ? [fcScaled] : [],
  test: {
    include: ['test/**/*.test.ts'],
    // fast-check's inputs reach the maxLength a test gives (test/helpers/fc-size.ts)
    setupFiles: ['test/helpers/fc-size.ts'],
    // scaled runs take scaled time
    testTimeout: 30_000 * Math.max(1, Number(process.env.FC_SCALE) || 1),
  },
});
