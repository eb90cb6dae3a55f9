import type { SweepResult } from '../../model/sweep-result.js';
import { escapeMarkdownCell } from '../escape.js';
import { formatPercent } from '../format-number.js';
import { summaryTable } from './summary-rows.js';
import { formatThreshold, methodNotes, passingAnswer, PER_GROUP_WARNING, targetSentence } from './sweep-words.js';

const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
const rule = (n: number, right: (k: number) => boolean) => `|${Array.from({ length: n }, (_, k) => (right(k) ? ' ---: ' : ' --- ')).join('|')}|`;

/** The sweep for a reviewer: the answer, a compact table, the target, the labelled per-group what-if, the method. */
export function renderSweepMarkdown(result: SweepResult): string {
  const { head, rows } = summaryTable(result);
  const out = [
    `# Threshold sweep: ${escapeMarkdownCell(result.columns.score)}`,
    '',
    escapeMarkdownCell(`${result.input.file}: ${result.input.rowsUsed.toLocaleString('en-US')} rows, ${result.thresholds.count.toLocaleString('en-US')} thresholds (decision = score ≥ t).`),
    '',
    `**${escapeMarkdownCell(passingAnswer(result).head)}**`,
    '',
    ...passingAnswer(result).ranges.map((r) => `- ${escapeMarkdownCell(r)}`),
    ...(result.passing.length > 0 ? [''] : []),
  ];
  if (result.current) out.push(escapeMarkdownCell(`Current threshold ${formatThreshold(result.current.threshold)}: ${result.current.passes ? 'passes' : 'does not pass'}.`), '');
  if (result.target) out.push(escapeMarkdownCell(targetSentence(result.target, result.input.rowsUsed)), '');
  out.push(row(head), rule(head.length, (k) => k > 0 && k < head.length - 2), ...rows.map(row), '');
  if (result.perGroup) {
    out.push(`## What-if: per-group thresholds (${escapeMarkdownCell(formatPercent(result.perGroup.targetRate))} selected in every group)`, '', `> ${escapeMarkdownCell(PER_GROUP_WARNING)}`, '');
    for (const a of result.perGroup.attributes) {
      const h = [a.name, 'threshold', 'selection', 'TPR', 'FPR', 'PPV'];
      out.push(row(h), rule(h.length, (k) => k > 0));
      for (const g of a.groups) out.push(row([g.key, g.threshold === null ? '—' : formatThreshold(g.threshold), formatPercent(g.rates.selection_rate), formatPercent(g.rates.tpr), formatPercent(g.rates.fpr), formatPercent(g.rates.ppv)]));
      out.push('');
    }
  }
  out.push('## Method', '', ...methodNotes(result).map((n) => `- ${escapeMarkdownCell(n)}`), '', 'The JSON report (`-o sweep.json`) holds every threshold and group.', '');
  return out.join('\n');
}
