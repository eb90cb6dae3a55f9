import { Chalk, type ChalkInstance } from 'chalk';
import { inequalityLine } from '../inequality-text.js';
import Table from 'cli-table3';
import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import type { Finding, Verdict } from '../../model/finding.js';
import type { RuleMetric } from '../../model/config.js';
import { DISPARITIES } from '../../metrics/disparity.js';
import { METRICS } from '../../metrics/registry.js';
import { COUNT_METRICS } from '../../metrics/consent-metrics.js';
import { metricCell } from '../cell-format.js';
import { escapeTerminal } from '../escape.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { groupCount } from '../group-count.js';
import { formatLevel, formatValue } from '../format-number.js';
import { valueAndRange } from '../interval-text.js';
import { ll144Block } from '../ll144/index.js';
import { splitsBlock } from '../splits/index.js';
import { candidateBlock } from '../candidate/index.js';
import { auditedFindings } from '../candidate/candidate-findings.js';
import { drawTable, type TableOptions } from './long-table.js';
import { runContext } from '../run-context.js';
import { ECE_WITH_CHANCE, hasCalibrationTest } from '../calibration-test-text.js';
import { VERDICT_LABEL } from '../verdicts.js';
import { bySeverity } from '../finding-order.js';
import { reasonGroupList, reasonGroups } from '../prose/reason-groups.js';
import { reasonLabel, verdictReasons, verdictReasonsText } from '../prose/reason-labels.js';
import { reportFacts, reportTitle } from '../report-facts.js';
import { groupVerdict, otherParts, VERDICT_KEY, worstText, type GroupVerdict } from '../verdict-cell.js';
import type { Reporter } from './types.js';
import type { MetricId, DisparityId } from '../../model/vocabulary.js';
import type { Interval } from '../../model/interval.js';
import { countOf, partOf } from '../../util/plural.js';
import { classSectionText } from '../classes/class-text.js';

const MARK: Record<Verdict, string> = {
  fail: '✗ fail',
  warn: '! warn',
  inconclusive: '? inconclusive',
  suppressed: '– hidden',
  pass: '✓ pass',
};

/** A group's verdict in parts: its worst verdict (`✗ 2 fail`), then each other (`+1 inconclusive`). */
function verdictParts(v: GroupVerdict): { verdict: Verdict; text: string }[] {
  const others = otherParts(v);
  return [{ verdict: v.worst, text: worstText(v) }, ...v.others.map((o, i) => ({ verdict: o.verdict, text: others[i]! }))];
}

/**
 * The verdict cell in the words of every format (`✗ 2 fail +1 inconclusive`),
 * each part in its verdict's colour; with a `width`, its parts packed into
 * lines no wider (a part wider than it has a line of its own), so a narrow
 * table keeps its words.
 */
function verdictCellText(v: GroupVerdict, c: ChalkInstance, width: number | null): string {
  const lines: { verdict: Verdict; text: string }[][] = [];
  let length = 0;
  for (const part of verdictParts(v)) {
    const line = lines[lines.length - 1];
    if (line && (width === null || length + 1 + part.text.length <= width)) {
      line.push(part);
      length += 1 + part.text.length;
    } else {
      lines.push([part]);
      length = part.text.length;
    }
  }
  return lines.map((line) => line.map((p) => paint(c, p.verdict, p.text)).join(' ')).join('\n');
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
  if (COUNT_METRICS.includes(id)) return { head: METRICS[id].short, cell: (g) => metricCell(g, id) };
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
  /** a group's verdicts in lines no wider than its widest part, instead of on one line */
  isVerdictPacked: boolean;
}

/** From the fullest table to the narrowest: each drops what matters least, until the table fits 100 columns. */
const LAYOUTS: readonly Layout[] = [
  { isSelectionIntervalShown: true, minDigits: 3, isVerdictPacked: false },
  { isSelectionIntervalShown: true, minDigits: 3, isVerdictPacked: true },
  { isSelectionIntervalShown: false, minDigits: 3, isVerdictPacked: true },
  { isSelectionIntervalShown: false, minDigits: 2, isVerdictPacked: true },
  { isSelectionIntervalShown: false, minDigits: null, isVerdictPacked: true },
];

function columnsFor(result: AuditResult, { isSelectionIntervalShown, minDigits }: Layout): Column[] {
  const sample = result.attributes.flatMap((a) => a.groups).find((g) => g.suppressed === undefined);
  const isAvailable = (m: RuleMetric) => sample !== undefined && (m in sample.metrics || m in sample.disparities);
  const judged = result.config.rules.map((r) => r.metric);
  // the opted-out share beside the consent counts: does opting out cluster in one group?
  const chosen = [...new Set([...(judged.length > 0 ? judged : DEFAULT_METRICS), 'opt_out_rate' as const])].filter((m) => m !== 'selection_rate' && isAvailable(m));
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

function attributeTable(result: AuditResult, attribute: AttributeResult, columns: readonly Column[], findings: readonly Finding[], c: ChalkInstance, isVerdictPacked: boolean): string {
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
  const verdicts = attribute.groups.map((g) => groupVerdict(byGroup.get(g.key) ?? []));
  const width = isVerdictPacked ? Math.max(0, ...verdicts.flatMap((v) => (v ? verdictParts(v).map((p) => p.text.length) : []))) : null;
  const rows = attribute.groups.map((g, i) => {
    const verdict = verdicts[i];
    return [escapeTerminal(g.key), ...columns.map((col) => col.cell(g)), verdict ? verdictCellText(verdict, c, width) : ''];
  });
  const header = `${c.bold(escapeTerminal(attribute.name))}  ${c.dim(`${countOf(attribute.n, 'rows')}${attribute.rowsExcluded ? `, ${attribute.rowsExcluded} excluded (empty cell)` : ''}`)}`;
  const classes = classSectionText(result, attribute, c);
  const inequality = inequalityLine(attribute);
  return [header, drawTable(options, rows), c.dim(referenceLine(attribute)), ...(inequality ? [c.dim(inequality)] : []), ...(classes ? [classes] : [])].join('\n');
}

function summaryLine(result: AuditResult, c: ChalkInstance): string {
  const s = result.summary;
  const checks = s.pass + s.fail + s.warn + s.inconclusive + s.suppressed;
  const parts = [`${s.fail} failed`, `${s.warn} warned`, `${s.inconclusive} inconclusive`, `${s.pass} passed`];
  if (s.suppressed > 0) parts.push(`${s.suppressed} hidden`);
  if (s.rules === 0) return `${c.yellow.bold('NO VERDICT')}  no rule was given, so nothing was judged (exit 0)`;
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
  const findings = auditedFindings(result).filter((f) => f.attribute === attribute.name);
  let table = '';
  for (const layout of LAYOUTS) {
    table = attributeTable(result, attribute, columnsFor(result, layout), findings, c, layout.isVerdictPacked);
    if (tableWidth(table) <= MAX_WIDTH) break;
  }
  return table;
}

/**
 * Why the warned, inconclusive and hidden checks got their verdict: a line per
 * verdict counting its reasons (`? 21 inconclusive — group under 30 rows: 12 ·
 * rate on too few trials: 9`), then a line per reason naming at most six groups.
 */
function reasonLines(result: AuditResult, c: ChalkInstance): string[] {
  const verdicts = verdictReasons(result.findings, result.config);
  if (verdicts.length === 0) return [];
  const details = reasonGroups(result, ['warn', 'inconclusive', 'suppressed']);
  const open = verdicts.reduce((n, v) => n + v.count, 0);
  const lines = verdicts.flatMap((v) => [
    `  ${paint(c, v.status, `${VERDICT_LABEL[v.status].mark} ${verdictReasonsText(v)}`)}`,
    ...details
      .filter((g) => g.status === v.status)
      .map((g) => c.dim(`      ${escapeTerminal(`${reasonLabel(g.reason, result.config)}${g.rules ? ` [${g.rules.join(', ')}]` : ''} — ${reasonGroupList(g, 6)}`)}`)),
  ]);
  return [`Why ${countOf(open, 'checks')} neither passed nor failed:`, ...lines, ''];
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
  // the mark says the verdict: a sentence that starts with it (`inconclusive: …`) does not say it twice
  const unsaid = (f: Finding, text: string) => (text.startsWith(`${VERDICT_LABEL[f.status].word}: `) ? text.slice(VERDICT_LABEL[f.status].word.length + 2) : text);
  const lines = notable.map((f) => `  ${paint(c, f.status, MARK[f.status])}  ${escapeTerminal(unsaid(f, findingSentence(f, result, 'terse')))}`);
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
    ...(hasChecks && blocks.length ? [c.dim(VERDICT_KEY)] : []),
    '',
    ...(ll144 ? [ll144, ''] : []),
    ...(splits ? [splits, ''] : []),
    ...(result.candidate ? [candidateBlock(result, 'text'), ''] : []),
    ...(lines.length ? ['Findings, most serious first:', ...lines, ''] : []),
    ...reasonLines(result, c),
    ...notices,
    summaryLine(result, c),
    '',
  ].join('\n');
};
