import { SWEEP_RATES, type SweepResult } from '../../model/sweep-result.js';
import { neutraliseCsvCell } from '../escape.js';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * The whole curve as one long table: a row per threshold × group (masked
 * groups with empty counts and rates), and a row per threshold for the whole
 * population (attribute `(overall)`), with whether every judged rule passes.
 */
export function renderSweepCsv(result: SweepResult): string {
  const rules = result.rules.judged.map((r) => r.id);
  const head = ['threshold', 'attribute', 'group', 'n', 'selected', ...SWEEP_RATES, 'accuracy', ...rules, 'passes'];
  const lines = [head.map(neutraliseCsvCell).join(',')];
  for (const p of result.points) {
    const passes = p.passes ? 'true' : 'false';
    lines.push([num(p.threshold), '(overall)', '', num(result.input.rowsUsed), num(p.selected), num(p.selectionRate), '', '', '', num(p.accuracy), ...rules.map(() => ''), passes].join(','));
    for (const a of p.attributes) {
      for (const g of a.groups) {
        lines.push([num(p.threshold), neutraliseCsvCell(a.name), neutraliseCsvCell(g.key), num(g.n), num(g.selected), ...SWEEP_RATES.map((r) => num(g.rates[r])), '', ...rules.map((r) => num(g.rules[r])), passes].join(','));
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
