import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import type { Finding, Verdict } from '../../model/finding.js';
import type { RuleMetric } from '../../model/config.js';
import { DISPARITIES } from '../../metrics/disparity.js';
import { METRICS } from '../../metrics/registry.js';
import { escapeTerminal } from '../escape.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { groupCount } from '../group-count.js';
import { formatLevel, formatValue } from '../format-number.js';
import { valueAndRange } from '../interval-text.js';
import { ll144Block } from '../ll144/index.js';
import { splitsBlock } from '../splits/index.js';
import { drawTable, type TableOptions } from './long-table.js';
import { runContext } from '../run-context.js';
import { ECE_WITH_CHANCE, hasCalibrationTest } from '../calibration-test-text.js';
import { VERDICT_LABEL } from '../verdicts.js';
import { bySeverity } from '../finding-order.js';
import { reasonGroupList, reasonGroups, reasonHead } from '../prose/reason-groups.js';
import { reportFacts, reportTitle } from '../report-facts.js';
import { groupVerdict, SHORT_VERDICT_KEY, type GroupVerdict } from '../verdict-cell.js';
import type { Reporter } from './types.js';
import type { MetricId, DisparityId } from '../../model/vocabulary.js';
import type { Interval } from '../../model/interval.js';
import { countOf, partOf } from '../../util/plural.js';

const MARK: Record<Verdict, string> = {
  fail: '✗ fail',
  warn: '! warn',
  inconclusive: '? inconclusive',
  suppressed: '– hidden',
  pass: '✓ pass',
};

/** `✗ fail +1? +1✓`, `– 2 hidden`: the worst verdict in the table's words, with its count when several checks share it, then the others' marks and counts. */
function verdictCellText(v: GroupVerdict): string {
  const [mark, word] = MARK[v.worst].split(' ');
  return [`${mark} ${v.count > 1 ? `${v.count} ` : ''}${word}`, ...v.others.map((o) => `+${o.count}${VERDICT_LABEL[o.verdict].mark}`)].join(' ');
}

function paint(c: ChalkInstance, verdict: Verdict, text: string): string {
  if (verdict === 'fail') return c.red(text);
  if (verdict === 'warn' || verdict === 'inconclusive') return c.yellow(text);
  if (verdict === 'pass') return c.green(text);
  return c.dim(text);
}

/** The value with its interval at `minDigits` or more decimals (as many as tell them apart), or alone when `minDigits` is null. */
function withInterval(value: number | null | undefined, interval: Interval | undefined, minDigits: number | null = 3): string {
  if (value === undefined) return '';
  if (!interval || value === null || minDigits === null) return formatValue(value);
  const shown = valueAndRange(value, interval, minDigits);
  return `${shown.value} (${shown.interval})`;
}

interface Column {
  head: string;
  cell: (g: GroupResult) => string;
}

/** Without rules: these, where the run has them (an outcome audit shows its mean, median, mean ratio and KS). */
const DEFAULT_METRICS: readonly RuleMetric[] = ['tpr', 'fpr', 'ece', 'exposure', 'exposure_share', 'population_share', 'mean_outcome', 'median_outcome', 'mean_outcome_ratio', 'ks'];

/** Disparities shown with their interval; the others show the value (the JSON report has every interval). */
const WITH_INTERVAL: readonly DisparityId[] = ['disparate_impact'];

function metricColumn(metric: RuleMetric, level: string, minDigits: number | null = 3): Column {
  if (metric in DISPARITIES) {
    const id = metric as DisparityId;
    if (WITH_INTERVAL.includes(id) && minDigits !== null) {
      return { head: `${DISPARITIES[id].short} (${level} CI)`, cell: (g) => withInterval(g.disparities[id]?.value, g.disparities[id]?.interval, minDigits) };
    }
    return { head: DISPARITIES[id].short, cell: (g) => formatValue(g.disparities[id]?.value) };
  }
  const id = metric as MetricId;
  return { head: METRICS[id].short, cell: (g) => withInterval(g.metrics[id], g.intervals[id]) };
}

/**
 * n, the selection rate with its interval, then one column per metric the
 * rules judge (or TPR/FPR/ECE when there are no rules), so the table stays
 * within 100 columns; the impact ratio and the rates carry their interval,
 * the JSON report has every metric, interval and p-value.
 */
/** How much a table shows: the selection rate's interval, and the decimals of the other intervals (null: none). */
interface Layout {
  isSelectionIntervalShown: boolean;
  minDigits: number | null;
}

/** From the fullest table to the narrowest: each drops what matters least, until the table fits 100 columns. */
const LAYOUTS: readonly Layout[] = [
  { isSelectionIntervalShown: true, minDigits: 3 },
  { isSelectionIntervalShown: false, minDigits: 3 },
  { isSelectionIntervalShown: false, minDigits: 2 },
  { isSelectionIntervalShown: false, minDigits: null },
];

function columnsFor(result: AuditResult, { isSelectionIntervalShown, minDigits }: Layout): Column[] {
  const sample = result.attributes.flatMap((a) => a.groups).find((g) => g.suppressed === undefined);
  const isAvailable = (m: RuleMetric) => sample !== undefined && (m in sample.metrics || m in sample.disparities);
  const judged = result.config.rules.map((r) => r.metric);
  const chosen = [...new Set(judged.length > 0 ? judged : DEFAULT_METRICS)].filter((m) => m !== 'selection_rate' && isAvailable(m));
  const level = formatLevel(result.statistics.confidence).replace(' ', '');
  const cols: Column[] = [{ head: 'n', cell: (g) => groupCount(g, result.config.suppressBelow) }];
  if (isAvailable('selection_rate')) {
    cols.push(
      isSelectionIntervalShown
        ? { ...metricColumn('selection_rate', level), head: `selection (${level} CI)` }
        : { head: 'selection', cell: (g) => formatValue(g.metrics.selection_rate) },
    );
  }
  const groups = result.attributes.flatMap((a) => a.groups);
  // ECE beside the ECE a perfectly calibrated group would show by chance (its interval and the test's p are in the other reports)
  const column = (m: RuleMetric) => (m === 'ece' && hasCalibrationTest(groups) ? ECE_WITH_CHANCE : metricColumn(m, level, minDigits));
  return [...cols, ...chosen.map(column)];
}

function referenceLine(attribute: AttributeResult): string {
  const refs = Object.entries(attribute.references)
    .map(([metric, key]) => `${metric}: ${key === null ? 'none' : escapeTerminal(key)}`)
    .join(', ');
  return `reference (${attribute.referenceStrategy}) — ${refs}`;
}

function attributeTable(attribute: AttributeResult, columns: readonly Column[], findings: readonly Finding[], c: ChalkInstance): string {
  const options: TableOptions = {
    head: ['group', ...columns.map((col) => col.head), 'verdict'].map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: ['left', ...columns.map(() => 'right' as const), 'left'],
  };
  const byGroup = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byGroup.get(f.group);
    if (list) list.push(f);
    else byGroup.set(f.group, [f]);
  }
  const rows = attribute.groups.map((g) => {
    const verdict = groupVerdict(byGroup.get(g.key) ?? []);
    return [escapeTerminal(g.key), ...columns.map((col) => col.cell(g)), verdict ? paint(c, verdict.worst, verdictCellText(verdict)) : ''];
  });
  const header = `${c.bold(escapeTerminal(attribute.name))}  ${c.dim(`${countOf(attribute.n, 'rows')}${attribute.rowsExcluded ? `, ${attribute.rowsExcluded} excluded (empty cell)` : ''}`)}`;
  return [header, drawTable(options, rows), c.dim(referenceLine(attribute))].join('\n');
}

function summaryLine(result: AuditResult, c: ChalkInstance): string {
  const s = result.summary;
  const checks = s.pass + s.fail + s.warn + s.inconclusive + s.suppressed;
  const parts = [`${s.fail} failed`, `${s.warn} warned`, `${s.inconclusive} inconclusive`, `${s.pass} passed`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} hidden`);
  const word = result.status.toUpperCase();
  const status = result.status === 'fail' ? c.red.bold(word) : result.status === 'pass' ? c.green.bold(word) : c.yellow.bold(word);
  return `${status}  ${countOf(checks, 'checks')} (${countOf(s.rules, 'rules')}): ${parts.join(', ')}`;
}

const MAX_WIDTH = 100;

/** Width of the widest table row, colour codes aside. */
function tableWidth(block: string): number {
  // eslint-disable-next-line no-control-regex
  const rows = block.split('\n').filter((l) => l.includes('│')).map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length);
  return Math.max(0, ...rows);
}

/**
 * An attribute's table, as full as fits 100 columns: the selection rate drops
 * its interval first, then the impact ratio's interval takes two decimals when
 * they tell its ends apart, and last goes too (the JSON report has every interval).
 */
function fittedTable(result: AuditResult, attribute: AttributeResult, c: ChalkInstance): string {
  const findings = result.findings.filter((f) => f.attribute === attribute.name);
  let table = '';
  for (const layout of LAYOUTS) {
    table = attributeTable(attribute, columnsFor(result, layout), findings, c);
    if (tableWidth(table) <= MAX_WIDTH) break;
  }
  return table;
}

/** Why the warned and inconclusive checks got their verdict, a line per reason, at most six groups named in each. */
function reasonLines(result: AuditResult, c: ChalkInstance): string[] {
  const groups = reasonGroups(result);
  if (groups.length === 0) return [];
  const open = result.summary.warn + result.summary.inconclusive;
  const lines = groups.map((g) => `  ${paint(c, g.status, `${VERDICT_LABEL[g.status].mark} ${g.count} ${VERDICT_LABEL[g.status].word}`)}  ${escapeTerminal(`${reasonHead(g)}: ${reasonGroupList(g, 6)}`)}`);
  return [`Why ${open} ${open === 1 ? 'check' : 'checks'} neither passed nor failed:`, ...lines, ''];
}

/** The title and what was audited, when the config or the flags say it. */
function aboutLines(result: AuditResult, c: ChalkInstance): string[] {
  if (!result.config.report) return [];
  return [c.bold(escapeTerminal(reportTitle(result))), ...reportFacts(result).map((f) => c.dim(`${f.label}: ${escapeTerminal(f.value.replace(/\n/g, ' '))}`))];
}

/** The analyst's view: a table per attribute, the failures in sentences (most serious first), why the rest have no verdict, a summary line. */
export const renderTable: Reporter = (result, ctx) => {
  const c = new Chalk({ level: ctx.isColor ? 1 : 0 });
  const blocks = result.attributes.map((a) => fittedTable(result, a, c));
  const hasChecks = result.findings.length > 0;
  // Failures and warnings (among them the breaches the statistics did not show): the reader should see why those did not fail.
  const notable = bySeverity(result.findings.filter((f) => f.status === 'fail' || f.status === 'warn'), result);
  const lines = notable.map((f) => `  ${paint(c, f.status, MARK[f.status])}  ${escapeTerminal(findingSentence(f, result, 'terse'))}`);
  const notices = result.notices.map((n) => c.yellow(`note: ${escapeTerminal(noticeSentence(n))}`));
  const context = runContext(result).map((f) => c.dim(`${f.label}: ${escapeTerminal(f.value)}`));
  const head = c.dim(`${escapeTerminal(result.input.file)}: ${partOf(result.input.rowsUsed, result.input.rowsRead, 'rows')} audited`);
  const ll144 = ll144Block(result, 'text');
  const splits = splitsBlock(result, 'text');
  return [
    ...aboutLines(result, c),
    head,
    ...context,
    '',
    blocks.join('\n\n'),
    ...(hasChecks && blocks.length ? [c.dim(SHORT_VERDICT_KEY)] : []),
    '',
    ...(ll144 ? [ll144, ''] : []),
    ...(splits ? [splits, ''] : []),
    ...(lines.length ? ['Findings, most serious first:', ...lines, ''] : []),
    ...reasonLines(result, c),
    ...notices,
    summaryLine(result, c),
    '',
  ].join('\n');
};
