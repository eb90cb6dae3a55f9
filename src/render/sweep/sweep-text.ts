import { Chalk } from 'chalk';
import type { SweepResult } from '../../model/sweep-result.js';
import { escapeTerminal } from '../escape.js';
import { formatPercent } from '../format-number.js';
import { drawTable } from '../reporters/long-table.js';
import { summaryTable } from './summary-rows.js';
import { formatThreshold, methodNotes, passingAnswer, PER_GROUP_WARNING, targetSentence } from './sweep-words.js';

/** The terminal's answer: the passing ranges, a compact table of chosen thresholds, the target, the notes. */
export function renderSweepText(result: SweepResult, options: { isColor?: boolean } = {}): string {
  const chalk = new Chalk({ level: options.isColor ? 1 : 0 });
  const { head, rows, verdicts } = summaryTable(result);
  const colored = rows.map((row, i) => row.map((cell, k) => (k === row.length - 2 ? (verdicts[i] ? chalk.green(cell) : chalk.red(cell)) : escapeTerminal(cell))));
  const lines = [
    `${escapeTerminal(result.input.file)}: threshold sweep of ${escapeTerminal(result.columns.score)} over ${result.input.rowsUsed.toLocaleString('en-US')} rows, ${result.thresholds.count.toLocaleString('en-US')} thresholds`,
    '',
    drawTable({ head: head.map(escapeTerminal), style: { head: [], border: [], compact: true }, colAligns: head.map((_, k) => (k === 0 || k >= head.length - 2 ? 'left' : 'right')) }, colored),
    '',
    passingAnswer(result).head,
    ...passingAnswer(result).ranges.map((r) => `  ${r}`),
  ];
  if (result.current) lines.push(`Current threshold ${formatThreshold(result.current.threshold)}: ${result.current.passes ? 'passes' : 'does not pass'} (${result.current.selected.toLocaleString('en-US')} rows selected).`);
  if (result.target) lines.push(targetSentence(result.target, result.input.rowsUsed));
  if (result.perGroup) {
    lines.push('', `Per-group thresholds (${formatPercent(result.perGroup.targetRate)} selected in every group) — ${PER_GROUP_WARNING}`);
    for (const a of result.perGroup.attributes) {
      const cells = a.groups.map((g) => [escapeTerminal(g.key), g.threshold === null ? '—' : formatThreshold(g.threshold), formatPercent(g.rates.selection_rate), formatPercent(g.rates.tpr), formatPercent(g.rates.fpr), formatPercent(g.rates.ppv)]);
      lines.push(drawTable({ head: [escapeTerminal(a.name), 'threshold', 'selection', 'TPR', 'FPR', 'PPV'], style: { head: [], border: [], compact: true } }, cells));
    }
  }
  lines.push('', ...methodNotes(result).map((n) => `note: ${escapeTerminal(n)}`));
  return `${lines.join('\n')}\n`;
}
