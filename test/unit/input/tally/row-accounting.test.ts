import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../../../src/pipeline/audit.js';
import { InputError } from '../../../../src/model/errors.js';
import { memoryInput } from '../../../helpers/memory-input.js';
import { testConfig } from '../../../helpers/rows.js';

const DEPS = { tool: { name: 'fairgate', version: 'test' }, generatedAt: '2026-01-01T00:00:00.000Z' };
const CONFIG = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] });

interface Row {
  g: string;
  d: string;
  y: string;
  s: string;
}

const cell = (values: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 4 }, { arbitrary: fc.constant(''), weight: 1 });
const row = fc.record({ g: fc.constantFrom('A', 'B', ''), d: cell(['0', '1']), y: cell(['0', '1']), s: cell(['0.1', '0.5', '0.9']) });
const csv = (rows: readonly Row[]) => `g,d,y,s\n${rows.map((r) => `${r.g},${r.d},${r.y},${r.s}`).join('\n')}\n`;

/** The reason a row is left out, checked in the decoder's order: prediction, label, score. */
function expectedDrop(r: Row): string | undefined {
  if (r.d === '') return 'missing_prediction';
  if (r.y === '') return 'missing_label';
  if (r.s === '') return 'missing_score';
  return undefined;
}

describe('row accounting: rowsRead = rowsUsed + Σ rowsDropped, in every report', () => {
  it('holds for random rows with empty cells, and each reason is counted as an independent count says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), async (rows) => {
        const expected: Record<string, number> = {};
        for (const r of rows) {
          const reason = expectedDrop(r);
          if (reason) expected[reason] = (expected[reason] ?? 0) + 1;
        }
        const used = rows.length - Object.values(expected).reduce((s, c) => s + c, 0);
        fc.pre(used > 0); // an input with no usable row is an error, tested elsewhere
        const result = await runAudit(CONFIG, { ...DEPS, input: memoryInput(csv(rows)) });
        const { rowsRead, rowsUsed, rowsDropped } = result.input;
        expect(rowsRead).toBe(rows.length);
        expect(rowsUsed).toBe(used);
        expect(rowsDropped).toEqual(expected);
        expect(rowsUsed + Object.values(rowsDropped).reduce((s, c) => s + c, 0)).toBe(rowsRead);
        expect(result.overall.n).toBe(rowsUsed);
      }),
      { numRuns: 100 },
    );
  });

  it('--strict / strict: true turns the first dropped row into an input error naming its line, the cell and the fix', async () => {
    const text = 'g,d,y,s\nA,1,1,0.9\nB,0,,0.2\nB,,0,0.3\n';
    const strict = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], strict: true });
    const error = await runAudit(strict, { ...DEPS, input: memoryInput(text, 'extract.csv') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(3);
    expect((error as InputError).message).toBe(
      'extract.csv, line 3, column 3 (y): the label cell is empty, so this row would be left out (missing_label); --strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped',
    );
    const lenient = await runAudit(CONFIG, { ...DEPS, input: memoryInput(text) });
    expect(lenient.input.rowsDropped).toEqual({ missing_label: 1, missing_prediction: 1 });
  });

  it('--strict changes nothing when no row is dropped', async () => {
    const text = 'g,d,y,s\nA,1,1,0.9\nB,0,0,0.2\n';
    const strict = testConfig({ columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'], strict: true });
    const a = await runAudit(strict, { ...DEPS, input: memoryInput(text) });
    const b = await runAudit(CONFIG, { ...DEPS, input: memoryInput(text) });
    expect({ ...a, config: null }).toEqual({ ...b, config: null });
  });
});
