import type { SweepResult } from '../../model/sweep-result.js';

/** The whole curve as JSON (schema/sweep.schema.json): every threshold, every published group. */
export function renderSweepJson(result: SweepResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
