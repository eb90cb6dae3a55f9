import type { RuleMetric } from '../../model/config.js';
import type { AttributeResult, GroupResult } from '../../model/audit-result.js';
import { mismatchError } from './same-audit.js';
import { worsening } from './worsening.js';
import type { BaselineInput } from '../../model/baseline.js';
import type { BaselineComparison, MetricChange } from '../../model/sections.js';

type ComparableGroup = Pick<GroupResult, 'key' | 'metrics' | 'disparities' | 'suppressed'>;

/** Rule metrics a group carries: its metrics (without the row count) and its disparities. */
function valuesOf(g: ComparableGroup): Map<RuleMetric, number | null> {
  const out = new Map<RuleMetric, number | null>();
  for (const [k, v] of Object.entries(g.metrics)) if (k !== 'n') out.set(k as RuleMetric, v ?? null);
  for (const [k, d] of Object.entries(g.disparities)) if (d) out.set(k as RuleMetric, d.value);
  return out;
}

function metricSet(attributes: readonly { groups: readonly ComparableGroup[] }[]): Set<string> {
  return new Set(attributes.flatMap((a) => a.groups.flatMap((g) => [...valuesOf(g).keys()])));
}

/** The same audit computes the same metrics; a different set is an error, not a partial comparison. */
function checkMetricSet(current: readonly AttributeResult[], baseline: BaselineInput): void {
  const now = metricSet(current);
  const before = metricSet(baseline.report.attributes);
  const diffs = [
    ...[...before].filter((m) => !now.has(m)).map((m) => `metric ${m}: in the baseline only`),
    ...[...now].filter((m) => !before.has(m)).map((m) => `metric ${m}: in this audit only`),
  ];
  if (diffs.length > 0) throw mismatchError(baseline.file, diffs.sort());
}

function referenceChange(metric: RuleMetric, now: ComparableGroup, before: ComparableGroup): Pick<MetricChange, 'reference'> {
  const a = now.disparities[metric as keyof GroupResult['disparities']]?.reference;
  const b = before.disparities[metric as keyof GroupResult['disparities']]?.reference;
  return a === undefined || b === undefined || a === b ? {} : { reference: { before: b, after: a } };
}

function groupChanges(attribute: string, now: ComparableGroup, before: ComparableGroup): MetricChange[] {
  const previous = valuesOf(before);
  return [...valuesOf(now)].map(([metric, after]) => {
    const b = previous.get(metric) ?? null;
    const change = b === null || after === null ? null : after - b;
    return { attribute, group: now.key, metric, before: b, after, change, worsening: worsening(metric, b, after), ...referenceChange(metric, now, before) };
  });
}

/** Per attribute × group × metric: the baseline's value, this audit's, and the change; groups seen in one report only are listed. */
export function compareWithBaseline(current: readonly AttributeResult[], baseline: BaselineInput): BaselineComparison {
  checkMetricSet(current, baseline);
  const out: BaselineComparison = {
    file: baseline.file,
    generatedAt: baseline.report.generatedAt,
    sha256: baseline.report.input.sha256,
    changes: [],
    onlyInBaseline: [],
    onlyInCurrent: [],
  };
  for (const a of current) {
    const previous = new Map((baseline.report.attributes.find((b) => b.name === a.name)?.groups ?? []).map((g) => [g.key, g]));
    for (const g of a.groups) {
      const before = previous.get(g.key);
      if (!before) out.onlyInCurrent.push({ attribute: a.name, group: g.key });
      // A group masked now (small-cell suppression) shows no change: neither its values nor the baseline's, which may not have been masked.
      else if (!g.suppressed) out.changes.push(...groupChanges(a.name, g, before));
      previous.delete(g.key);
    }
    out.onlyInBaseline.push(...[...previous.keys()].sort().map((group) => ({ attribute: a.name, group })));
  }
  return out;
}
