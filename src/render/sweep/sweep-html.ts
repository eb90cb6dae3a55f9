import type { SweepResult } from '../../model/sweep-result.js';
import { escapeHtml } from '../escape.js';
import { formatPercent } from '../format-number.js';
import { summaryTable } from './summary-rows.js';
import { sweepCharts } from './sweep-chart.js';
import { formatThreshold, methodNotes, passingAnswer, PER_GROUP_WARNING, targetSentence } from './sweep-words.js';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}
.answer{font-size:1.1rem;font-weight:600}.what-if{border:2px dashed #b00;padding:.5rem 1rem;margin:1rem 0}.what-if p{color:#b00}
svg{display:block;margin:1rem 0;max-width:100%;height:auto}`;

const cells = (tag: 'td' | 'th', row: readonly string[]) => `<tr>${row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;

/** A self-contained page: the answer, the trade-off charts, the compact table, the labelled per-group what-if, the method. */
export function renderSweepHtml(result: SweepResult): string {
  const { head, rows } = summaryTable(result);
  const parts = [
    `<h1>Threshold sweep: ${escapeHtml(result.columns.score)}</h1>`,
    `<p>${escapeHtml(`${result.input.file}: ${result.input.rowsUsed.toLocaleString('en-US')} rows, ${result.thresholds.count.toLocaleString('en-US')} thresholds (decision = score ≥ t).`)}</p>`,
    `<p class="answer">${escapeHtml(passingAnswer(result).head)}</p>`,
    ...(result.passing.length > 0 ? [`<ul>${passingAnswer(result).ranges.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`] : []),
  ];
  if (result.current) parts.push(`<p>${escapeHtml(`Current threshold ${formatThreshold(result.current.threshold)}: ${result.current.passes ? 'passes' : 'does not pass'}.`)}</p>`);
  if (result.target) parts.push(`<p>${escapeHtml(targetSentence(result.target, result.input.rowsUsed))}</p>`);
  parts.push('<h2>Trade-off</h2>', ...sweepCharts(result));
  parts.push('<h2>Chosen thresholds</h2>', `<table>${cells('th', head)}${rows.map((r) => cells('td', r)).join('')}</table>`);
  if (result.perGroup) {
    parts.push(`<section class="what-if"><h2>What-if: per-group thresholds (${escapeHtml(formatPercent(result.perGroup.targetRate))} selected in every group)</h2><p>${escapeHtml(PER_GROUP_WARNING)}</p>`);
    for (const a of result.perGroup.attributes) {
      const body = a.groups.map((g) => cells('td', [g.key, g.threshold === null ? '—' : formatThreshold(g.threshold), formatPercent(g.rates.selection_rate), formatPercent(g.rates.tpr), formatPercent(g.rates.fpr), formatPercent(g.rates.ppv)]));
      parts.push(`<table>${cells('th', [a.name, 'threshold', 'selection', 'TPR', 'FPR', 'PPV'])}${body.join('')}</table>`);
    }
    parts.push('</section>');
  }
  parts.push('<h2>Method</h2>', `<ul>${methodNotes(result).map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeHtml(`Threshold sweep: ${result.columns.score}`)}</title><style>${STYLE}</style></head>\n<body>\n${parts.join('\n')}\n</body>\n</html>\n`;
}
