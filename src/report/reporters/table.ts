import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AttributeResult, AuditResult, Finding, GroupResult, Interval, Verdict } from '../audit-result.js';
import type { RuleMetric } from '../../config/types.js';
import { DISPARITIES, type DisparityId } from '../../metrics/disparity.js';
import { METRICS, type MetricId } from '../../metrics/registry.js';
import { escapeTerminal } from '../escape.js';
import { formatValue } from '../format-number.js';
import { ll144Block } from '../ll144/index.js';
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
  return `${formatValue(value)} (${formatValue(interval[0], 2)}–${formatValue(interval[1], 2)})`;
}

interface Column {
  head: string;
  cell: (g: GroupResult) => string;
}

const DEFAULT_METRICS: readonly MetricId[] = ['tpr', 'fpr', 'ece', 'exposure', 'exposure_share', 'population_share'];

function metricColumn(metric: RuleMetric): Column {
  if (metric in DISPARITIES) {
    const id = metric as DisparityId;
    return { head: DISPARITIES[id].short, cell: (g) => formatValue(g.disparities[id]?.value) };
  }
  const id = metric as MetricId;
  return { head: METRICS[id].short, cell: (g) => withInterval(g.metrics[id], g.intervals[id]) };
}

/**
 * n, the selection rate with its interval, then one column per metric the
 * rules judge (or TPR/FPR/ECE when there are no rules), so the table stays
 * within 100 columns; the JSON report has every metric.
 */
function columnsFor(result: AuditResult): Column[] {
  const sample = result.attributes[0]?.groups[0];
  const isAvailable = (m: RuleMetric) => sample !== undefined && (m in sample.metrics || m in sample.disparities);
  const judged = result.config.rules.map((r) => r.metric);
  const chosen = [...new Set(judged.length > 0 ? judged : DEFAULT_METRICS)].filter((m) => m !== 'selection_rate' && isAvailable(m));
  const cols: Column[] = [{ head: 'n', cell: (g) => String(g.n) }];
  if (isAvailable('selection_rate')) cols.push({ ...metricColumn('selection_rate'), head: 'selection (95% CI)' });
  return [...cols, ...chosen.map(metricColumn)];
}

function referenceLine(attribute: AttributeResult): string {
  const refs = Object.entries(attribute.references)
    .map(([metric, key]) => `${metric}: ${key === null ? 'none' : escapeTerminal(key)}`)
    .join(', ');
  return `reference (${attribute.referenceStrategy}) — ${refs}`;
}

function attributeTable(attribute: AttributeResult, columns: readonly Column[], findings: readonly Finding[], c: ChalkInstance): string {
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
  const columns = columnsFor(result);
  const blocks = result.attributes.map((a) =>
    attributeTable(a, columns, result.findings.filter((f) => f.attribute === a.name), c),
  );
  const notable = result.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const lines = notable.map((f) => `  ${paint(c, f.status, MARK[f.status])}  ${escapeTerminal(f.message)}`);
  const notices = result.notices.map((n) => c.yellow(`note: ${escapeTerminal(n.message)}`));
  const head = c.dim(`${escapeTerminal(result.input.file)}: ${result.input.rowsUsed} of ${result.input.rowsRead} rows audited`);
  const ll144 = ll144Block(result, 'text');
  return [head, '', blocks.join('\n\n'), '', ...(ll144 ? [ll144, ''] : []), ...(lines.length ? ['Findings:', ...lines, ''] : []), ...notices, summaryLine(result, c), ''].join('\n');
};
