import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without type declarations
import { ROOT, SWEEP_DIR, SWEEP_FILES, generateSweepExamples } from '../scripts/sweep-examples.mjs';

describe('committed threshold-sweep examples (reports/examples/marketing-sweep.*)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-sweep-examples-'));
  symlinkSync(path.join(ROOT as string, 'fixtures'), path.join(dir, 'fixtures'));
  mkdirSync(path.join(dir, SWEEP_DIR as string), { recursive: true });
  generateSweepExamples(dir);

  it.each(SWEEP_FILES as string[])('%s is current: regenerating it gives the same bytes (run `npm run examples` after a change)', (name) => {
    const committed = readFileSync(path.join(ROOT as string, SWEEP_DIR as string, name));
    const fresh = readFileSync(path.join(dir, SWEEP_DIR as string, name));
    expect(fresh.equals(committed), `reports/examples/${name} is stale; run npm run examples`).toBe(true);
  });

  it('the README shows the committed terminal table and links the chart', () => {
    const readme = readFileSync(path.join(ROOT as string, 'README.md'), 'utf8');
    const table = readFileSync(path.join(ROOT as string, SWEEP_DIR as string, 'marketing-sweep.txt'), 'utf8');
    expect(readme).toContain(table.split('\nnote:')[0]!.trimEnd());
    expect(readme).toContain('](reports/examples/marketing-sweep.svg)');
  });
});
