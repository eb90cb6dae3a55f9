import { UsageError } from '../model/errors.js';
import type { GridRequest } from '../metrics/sweep/sweep-thresholds.js';
import type { SelectRequest } from '../pipeline/sweep/passing-ranges.js';

/** The most thresholds a user's grid may have (each is a whole measurement of every group). */
const MAX_GRID = 10_000;

/** `--grid 0.1,0.2,…` or `--grid-step 0.01`: thresholds in [0, 1]; undefined when neither is given. */
export function parseGrid(grid: string | undefined, step: string | undefined): GridRequest | undefined {
  if (grid !== undefined && step !== undefined) throw new UsageError('sweep: give --grid or --grid-step, not both');
  if (step !== undefined) {
    const s = Number(step.trim());
    if (step.trim() === '' || !(s > 0 && s <= 1)) throw new UsageError(`--grid-step: expected a number above 0 and at most 1, got "${step}"; e.g. --grid-step 0.01`);
    if (1 / s > MAX_GRID) throw new UsageError(`--grid-step: ${step} gives more than ${MAX_GRID.toLocaleString('en-US')} thresholds; use a step of 0.0001 or more`);
    return { step: s };
  }
  if (grid === undefined) return undefined;
  const values = grid.split(',').map((part) => {
    const v = Number(part.trim());
    if (part.trim() === '' || !(v >= 0 && v <= 1)) throw new UsageError(`--grid: expected thresholds from 0 to 1 separated by commas, got "${part.trim()}" in "${grid}"; e.g. --grid 0.3,0.5,0.7`);
    return v;
  });
  if (values.length > MAX_GRID) throw new UsageError(`--grid: ${values.length.toLocaleString('en-US')} thresholds given; give at most ${MAX_GRID.toLocaleString('en-US')} (or --grid-step)`);
  return { values };
}

/** `--select 20%` (a share of the rows used, above 0 and at most 100) or `--select 5000` (rows, a whole number of at least 1). */
export function parseSelect(raw: string | undefined): SelectRequest | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text.endsWith('%')) {
    const percent = Number(text.slice(0, -1).trim());
    if (text.length === 1 || !(percent > 0 && percent <= 100)) throw new UsageError(`--select: expected a percentage above 0 and at most 100, got "${raw}"; e.g. --select 20%`);
    return { kind: 'rate', percent };
  }
  const rows = Number(text);
  if (text === '' || !Number.isInteger(rows) || rows < 1) throw new UsageError(`--select: expected a percentage (20%) or a whole number of rows of at least 1, got "${raw}"`);
  return { kind: 'count', rows };
}

