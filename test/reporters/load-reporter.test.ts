import { describe, expect, it } from 'vitest';
import { EXTENSIONS, REPORTER_NAMES, REPORTERS, loadReporter } from '../../src/render/reporters/index.js';

// The CLI lists formats from names.ts and imports a reporter only when a run renders it:
// the light list must name exactly the reporters of the eager table, and load the same functions.
describe('loadReporter', () => {
  it('lists every reporter of REPORTERS, in its order', () => {
    expect(REPORTER_NAMES).toEqual(Object.keys(REPORTERS));
  });

  it.each(REPORTER_NAMES)('loads the %s reporter of REPORTERS', async (name) => {
    expect(await loadReporter(name)).toBe(REPORTERS[name]);
  });

  it('maps every -o extension to a listed format', () => {
    expect(Object.values(EXTENSIONS).every((format) => REPORTER_NAMES.includes(format))).toBe(true);
    expect(new Set(Object.values(EXTENSIONS))).toEqual(new Set(REPORTER_NAMES));
  });
});
