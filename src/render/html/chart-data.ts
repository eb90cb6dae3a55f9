import { intervalSettings } from '../../metrics/intervals.js';
import { auditedFindings } from '../candidate/candidate-findings.js';
import { wilsonInterval } from '../../stats/wilson.js';
import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import type { BarChartSpec, ThresholdLine } from '../charts/bar-chart.js';
import type { ReliabilitySpec } from '../charts/reliability-chart.js';
import { formatLevel, formatPercent, formatValue } from '../format-number.js';
import { disparityDef, referenceValue } from '../metric-info.js';
import { findingsOf, worstVerdict } from '../verdicts.js';
import type { Interval } from '../../model/interval.js';
import { countOf } from '../../util/plural.js';

/** Whether a rule's metric is, or is computed from, one of `bases`. */
function isAbout(metric: string, bases: readonly string[]): boolean {
  return bases.includes(metric) || (disparityDef(metric)?.bases ?? []).some((b) => bases.includes(b));
}

/** The worst verdict of a group's findings about the given base metrics. */
function verdictOn(result: AuditResult, a: AttributeResult, g: GroupResult, bases: readonly string[]) {
  return worstVerdict(findingsOf(auditedFindings(result), a.name, g.key).filter((f) => isAbout(f.metric, bases)));
}

/**
 * Lines for the selection-rate chart from the rules: a disparate-impact lower
 * bound τ becomes τ × the reference's rate (the four-fifths line for τ = 0.8),
 * a parity-difference bound becomes reference − bound, a selection-rate bound itself.
 */
export function selectionThresholds(result: AuditResult, a: AttributeResult): ThresholdLine[] {
  const reference = a.references.selection_rate;
  const refRate = referenceValue(a, reference, 'selection_rate');
  // with the overall strategy no bar is the reference, so its rate gets a line of its own
  const lines: ThresholdLine[] = reference === '(overall)' && refRate !== null ? [{ value: refRate, label: `all of ${a.name}: ${formatPercent(refRate)}` }] : [];
  for (const rule of result.config.rules) {
    if (rule.attributes && !rule.attributes.includes(a.name)) continue;
    const lower = rule.band ?? rule.min;
    if (rule.metric === 'disparate_impact' && lower !== undefined && refRate !== null) {
      const name = lower === 0.8 ? 'four-fifths line' : `${formatValue(lower, 2)} × reference`;
      lines.push({ value: lower * refRate, label: `${name}: ${formatPercent(lower * refRate)} (${Math.round(lower * 100)} % of ${reference})` });
    }
    const gap = rule.maxAbs ?? (rule.min !== undefined ? -rule.min : undefined);
    if (rule.metric === 'statistical_parity_difference' && gap !== undefined && refRate !== null) {
      lines.push({ value: Math.max(0, refRate - gap), label: `parity bound: ${formatPercent(Math.max(0, refRate - gap))} (${reference} − ${formatValue(gap, 2)})` });
    }
    if (rule.metric === 'selection_rate' && rule.min !== undefined) lines.push({ value: rule.min, label: `minimum: ${formatPercent(rule.min)}` });
  }
  return lines;
}

export function selectionChart(result: AuditResult, a: AttributeResult, id: string): BarChartSpec {
  const reference = a.references.selection_rate;
  return {
    id,
    title: `Selection rate by ${a.name}, with ${formatLevel(result.config.confidence)} intervals`,
    level: formatLevel(result.config.confidence),
    series: [{ name: 'selection rate', className: 's-selection' }],
    isVerdictColoured: true,
    thresholds: selectionThresholds(result, a),
    rows: a.groups.map((g) => ({
      label: g.key,
      bars: [{
        value: g.metrics.selection_rate ?? null,
        ...(g.intervals.selection_rate ? { interval: g.intervals.selection_rate } : {}),
        ...withVerdict(verdictOn(result, a, g, ['selection_rate'])),
        ...(g.key === reference ? { note: 'reference' } : {}),
        ...(g.suppressed ? { isHidden: true } : {}),
      }],
    })),
  };
}

function withVerdict(v: ReturnType<typeof worstVerdict>) {
  return v ? { verdict: v } : {};
}

export function errorRateChart(result: AuditResult, a: AttributeResult, id: string): BarChartSpec {
  // the verdict of rules on that rate shows as a mark and word after the value (the colour stays the series')
  const bar = (g: GroupResult, key: 'tpr' | 'fpr') => ({
    value: g.metrics[key] ?? null,
    ...(g.intervals[key] ? { interval: g.intervals[key] } : {}),
    ...withVerdict(verdictOn(result, a, g, [key])),
    ...(g.suppressed ? { isHidden: true } : {}),
  });
  return {
    id,
    title: `True and false positive rates by ${a.name}, with ${formatLevel(result.config.confidence)} intervals`,
    level: formatLevel(result.config.confidence),
    series: [{ name: 'TPR', className: 's-tpr' }, { name: 'FPR', className: 's-fpr' }],
    isFullScale: true,
    rows: a.groups.map((g) => ({ label: g.key, bars: [bar(g, 'tpr'), bar(g, 'fpr')] })),
  };
}

/**
 * Ranked outputs: each group's share of the exposure beside its share of the
 * ranked rows (parity when they match, Singh & Joachims 2018); with relevance
 * labels, its share of the relevant rows as a third bar.
 */
export function exposureChart(result: AuditResult, a: AttributeResult, id: string): BarChartSpec {
  const hasRelevance = a.groups.some((g) => g.metrics.relevant_share !== undefined);
  const share = (g: GroupResult, key: 'exposure_share' | 'population_share' | 'relevant_share') => ({ value: g.metrics[key] ?? null, ...(g.suppressed ? { isHidden: true } : {}) });
  return {
    id,
    title: `Share of exposure against share of ranked rows${hasRelevance ? ' and of relevant rows' : ''} by ${a.name}`,
    series: [
      { name: 'exposure share', className: 's-exposure' },
      { name: 'row share', className: 's-rows' },
      ...(hasRelevance ? [{ name: 'relevant share', className: 's-relevant' }] : []),
    ],
    rows: a.groups.map((g) => ({
      label: g.key,
      bars: [
        { ...share(g, 'exposure_share'), ...withVerdict(verdictOn(result, a, g, ['exposure', 'exposure_share', 'relevant_exposure', 'relevant_exposure_share'])) },
        share(g, 'population_share'),
        ...(hasRelevance ? [share(g, 'relevant_share')] : []),
      ],
    })),
  };
}

/** Wilson interval of a bin's observed rate at the report's level (its positives are rate × rows, a whole number). */
function binInterval(n: number, rate: number, z: number): Interval | undefined {
  return wilsonInterval(Math.round(rate * n), n, z) ?? undefined;
}

export function reliabilitySpecs(result: AuditResult, a: AttributeResult, idPrefix: string): ReliabilitySpec[] {
  const { z } = intervalSettings(result.config.confidence);
  return a.groups
    .filter((g) => g.calibration && g.calibration.length > 0)
    .map((g, i) => ({
      id: `${idPrefix}-${i}`,
      group: g.key,
      points: g.calibration!.map((b) => ({ meanScore: b.meanScore, positiveRate: b.positiveRate, n: b.n, ...optionalInterval(binInterval(b.n, b.positiveRate, z)) })),
      summary: `ECE ${formatValue(g.metrics.ece)} · ${countOf(g.n as number, 'rows')}`,
      ...withVerdict(verdictOn(result, a, g, ['ece', 'calibration_in_the_large', 'brier'])),
    }));
}

function optionalInterval(interval: Interval | undefined) {
  return interval ? { interval } : {};
}
