import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without type declarations
import { EXAMPLE_DIR, EXAMPLE_FORMATS, ROOT, generateExamples } from '../scripts/examples.mjs';
import { assertValidReport } from './helpers/report-schema.js';

describe('committed example reports (reports/examples/)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-examples-'));
  symlinkSync(path.join(ROOT as string, 'fixtures'), path.join(dir, 'fixtures'));
  generateExamples(dir);

  it.each(EXAMPLE_FORMATS as string[])('marketing.%s is current: regenerating it gives the same bytes (run `npm run examples` after a change)', (ext) => {
    const committed = readFileSync(path.join(ROOT as string, EXAMPLE_DIR as string, `marketing.${ext}`));
    const fresh = readFileSync(path.join(dir, EXAMPLE_DIR as string, `marketing.${ext}`));
    expect(fresh.equals(committed), `reports/examples/marketing.${ext} is stale; run npm run examples`).toBe(true);
  });

  it('the JSON example matches the report schema', () => {
    assertValidReport(JSON.parse(readFileSync(path.join(ROOT as string, EXAMPLE_DIR as string, 'marketing.json'), 'utf8')));
  });
});
