import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AttributeResult, AuditResult, Finding, GroupResult, Interval, Verdict } from '../audit-result.js';
import { escapeTerminal } from '../escape.js';
import { formatValue } from '../format-number.js';
import type { Reporter } from './types.js';

const SEVERITY_ORDER: readonly Verdict[] = ['fail', 'warn', 'inconclusive', 'suppressed', 'pass'];

const MARK: Record<Verdict, string> = {
  fail: '✗ fail',
  warn: '! warn',
  inconclusive: '? n/a',
  suppressed: '– hidden',
  pass: '✓ pass',
};

function paint(c: ChalkInstance, verdict: Verdict, text: string): string {
  if (verdict === 'fail') return c.red(text);
  if (verdict === 'warn' || verdict === 'inconclusive') return c.yellow(text);
  if (verdict === 'pass') return c.green(text);
  return c.dim(text);
}

/** Worst verdict of a group's findings, or undefined when no rule looked at it. */
function groupVerdict(findings: readonly Finding[]): Verdict | undefined {
  return SEVERITY_ORDER.find((v) => findings.some((f) => f.status === v));
}

function withInterval(value: number | null | undefined, interval: Interval | undefined): string {
  if (value === undefined) return '';
  if (!interval) return formatValue(value);
  return `${formatValue(value)} ${formatValue(interval[0], 2)}–${formatValue(interval[1], 2)}`;
}

interface Column {
  head: string;
  cell: (g: GroupResult) => string;
}

/** Only the columns the run can fill, so the table fits 100 columns. */
function columnsFor(attribute: AttributeResult): Column[] {
  const sample = attribute.groups[0];
  const has = (k: string) => sample !== undefined && k in sample.metrics;
  const hasDisparity = (k: string) => sample !== undefined && k in sample.disparities;
  const cols: Column[] = [{ head: 'n', cell: (g) => String(g.n) }];
  if (has('selection_rate')) cols.push({ head: 'selection (95% CI)', cell: (g) => withInterval(g.metrics.selection_rate, g.intervals.selection_rate) });
  if (hasDisparity('disparate_impact')) cols.push({ head: 'impact', cell: (g) => formatValue(g.disparities.disparate_impact?.value) });
  if (has('tpr')) cols.push({ head: 'TPR', cell: (g) => formatValue(g.metrics.tpr) });
  if (hasDisparity('equal_opportunity_difference')) cols.push({ head: 'ΔTPR', cell: (g) => formatValue(g.disparities.equal_opportunity_difference?.value) });
  if (has('fpr')) cols.push({ head: 'FPR', cell: (g) => formatValue(g.metrics.fpr) });
  if (has('ece')) cols.push({ head: 'ECE', cell: (g) => formatValue(g.metrics.ece) });
  if (has('auc')) cols.push({ head: 'AUC', cell: (g) => formatValue(g.metrics.auc) });
  return cols;
}

function referenceLine(attribute: AttributeResult): string {
  const refs = Object.entries(attribute.references)
    .map(([metric, key]) => `${metric}: ${key === null ? 'none' : escapeTerminal(key)}`)
    .join(', ');
  return `reference (${attribute.referenceStrategy}) — ${refs}`;
}

function attributeTable(attribute: AttributeResult, findings: readonly Finding[], c: ChalkInstance): string {
  const columns = columnsFor(attribute);
  const table = new Table({
    head: ['group', ...columns.map((col) => col.head), 'verdict'].map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: ['left', ...columns.map(() => 'right' as const), 'left'],
  });
  for (const g of attribute.groups) {
    const verdict = groupVerdict(findings.filter((f) => f.group === g.key));
    table.push([escapeTerminal(g.key), ...columns.map((col) => col.cell(g)), verdict ? paint(c, verdict, MARK[verdict]) : '']);
  }
  const header = `${c.bold(escapeTerminal(attribute.name))}  ${c.dim(`${attribute.n} rows${attribute.rowsExcluded ? `, ${attribute.rowsExcluded} excluded (empty cell)` : ''}`)}`;
  return [header, table.toString(), c.dim(referenceLine(attribute))].join('\n');
}

function summaryLine(result: AuditResult, c: ChalkInstance): string {
  const s = result.summary;
  const checks = s.pass + s.fail + s.warn + s.inconclusive + s.suppressed;
  const parts = [`${s.fail} failed`, `${s.warn} warned`, `${s.inconclusive} inconclusive`, `${s.pass} passed`];
  const word = result.status.toUpperCase();
  const status = result.status === 'fail' ? c.red.bold(word) : result.status === 'pass' ? c.green.bold(word) : c.yellow.bold(word);
  return `${status}  ${checks} checks (${s.rules} rules): ${parts.join(', ')}`;
}

/** The analyst's view: a table per attribute, the failures in sentences, a summary line. */
export const renderTable: Reporter = (result, ctx) => {
  const c = new Chalk({ level: ctx.isColor ? 1 : 0 });
  const blocks = result.attributes.map((a) =>
    attributeTable(a, result.findings.filter((f) => f.attribute === a.name), c),
  );
  const notable = result.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const lines = notable.map((f) => `  ${paint(c, f.status, MARK[f.status])}  ${escapeTerminal(f.message)}`);
  const notices = result.notices.map((n) => c.yellow(`note: ${escapeTerminal(n.message)}`));
  const head = c.dim(`${escapeTerminal(result.input.file)}: ${result.input.rowsUsed} of ${result.input.rowsRead} rows audited`);
  return [head, '', blocks.join('\n\n'), '', ...(lines.length ? ['Findings:', ...lines, ''] : []), ...notices, summaryLine(result, c), ''].join('\n');
};
