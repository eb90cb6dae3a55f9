import { DISPARITIES, type DisparityDef } from '../metrics/disparity.js';
import { METRICS, METRIC_IDS } from '../metrics/registry.js';
import type { AttributeResult, AuditResult, GroupResult } from '../model/audit-result.js';
import type { MetricId } from '../model/vocabulary.js';
import type { MetricDef } from '../metrics/metric-def.js';
import { findGroup } from '../metrics/group-index.js';
import { STRATIFIED, type StratifiedDef } from '../metrics/stratified-defs.js';
import { isClassRule } from '../model/class-results.js';

/** The titles of the rules on one decision class, as a finding names them (`the disparate impact of class "premium"`). */
const CLASS_RULE_TITLES = { class_impact: 'disparate impact of class', tier_impact: 'disparate impact of tier' } as const;
const CLASS_RULE_FORMULAS = { class_impact: 'share of class c in g / share of class c in r (class=c)', tier_impact: 'share of tier t or better in g / the same in r (class=t)' } as const;


/** A metric's registry entry, or undefined for a key this version does not know. */
export function metricDef(key: string): MetricDef | undefined {
  return Object.hasOwn(METRICS, key) ? (METRICS as Record<string, MetricDef>)[key] : undefined;
}

export function disparityDef(key: string): DisparityDef | undefined {
  return Object.hasOwn(DISPARITIES, key) ? (DISPARITIES as Record<string, DisparityDef>)[key] : undefined;
}

export function stratifiedDef(key: string): StratifiedDef | undefined {
  return Object.hasOwn(STRATIFIED, key) ? (STRATIFIED as Record<string, StratifiedDef>)[key] : undefined;
}

/** A key's title from the registries, or the key itself. */
export function titleOf(key: string): string {
  return metricDef(key)?.title ?? disparityDef(key)?.title ?? stratifiedDef(key)?.title ?? (isClassRule(key) ? CLASS_RULE_TITLES[key] : key.replace(/_/g, ' '));
}

/** The registry's short column label (`TPR`, `impact`), else the title. */
export function shortOf(key: string): string {
  const def: { short?: string } | undefined = metricDef(key) ?? disparityDef(key) ?? stratifiedDef(key);
  return def?.short ?? titleOf(key);
}

export function formulaOf(key: string): string | undefined {
  return metricDef(key)?.formula ?? disparityDef(key)?.formula ?? stratifiedDef(key)?.formula ?? (isClassRule(key) ? CLASS_RULE_FORMULAS[key] : undefined);
}

/** Registry order first, then keys the registry does not (yet) know, sorted, so new fields still show. */
function orderKeys(keys: Iterable<string>, registryOrder: readonly string[]): string[] {
  const present = new Set(keys);
  const known = registryOrder.filter((k) => present.has(k));
  const unknown = [...present].filter((k) => !registryOrder.includes(k)).sort();
  return [...known, ...unknown];
}

/** Every metric key present in any of the groups. */
export function metricKeys(groups: readonly GroupResult[]): string[] {
  return orderKeys(groups.flatMap((g) => Object.keys(g.metrics)), METRIC_IDS);
}

export function disparityKeys(groups: readonly GroupResult[]): string[] {
  return orderKeys(groups.flatMap((g) => Object.keys(g.disparities)), Object.keys(DISPARITIES));
}

/** Metrics shown in the headline tables: key rates and exposures, plus every metric a rule judges. */
const HEADLINE_METRICS: readonly string[] = ['selection_rate', 'tpr', 'fpr', 'ece', 'auc', 'exposure', 'exposure_share', 'population_share', 'selection_at_k', 'mean_outcome', 'median_outcome', 'share_above_p80', 'opt_out_rate'];

/** Without a rule on a disparity, the tables show the impact ratio, for rankings the exposure ratio, for outcomes the mean ratio and KS. */
const HEADLINE_DISPARITIES: readonly string[] = ['disparate_impact', 'exposure_ratio', 'mean_outcome_ratio', 'ks'];

export function headlineKeys(result: AuditResult, attribute: AttributeResult): { metrics: string[]; disparities: string[] } {
  const ruled = new Set(result.config.rules.map((r) => r.metric as string));
  const metrics = metricKeys(attribute.groups).filter((k) => HEADLINE_METRICS.includes(k) || ruled.has(k));
  const all = disparityKeys(attribute.groups);
  const judged = all.filter((k) => ruled.has(k));
  const disparities = judged.length > 0 ? judged : all.filter((k) => HEADLINE_DISPARITIES.includes(k));
  return { metrics, disparities };
}

/** The group of an attribute with this key, if any. */
export function groupByKey(attribute: AttributeResult, key: string | null | undefined): GroupResult | undefined {
  return findGroup(attribute.groups, key);
}

/** Σ selected / Σ n over an attribute's groups: its population's selection rate, or null without a decision. */
export function attributeSelectionRate(attribute: AttributeResult): number | null {
  let selected = 0;
  let n = 0;
  for (const g of attribute.groups) {
    // Without a decision there is no rate; with a hidden group (small-cell suppression) the sum is not known here.
    if (g.selected === undefined || g.selected === null || g.n === null) return null;
    selected += g.selected;
    n += g.n;
  }
  return n === 0 ? null : selected / n;
}

/** A reference's value of a metric: a group's, or for `(overall)` the population's (selection rate only). */
export function referenceValue(attribute: AttributeResult, reference: string | null | undefined, metric: MetricId): number | null {
  const group = groupByKey(attribute, reference);
  if (group) return group.metrics[metric] ?? null;
  if (reference === '(overall)' && metric === 'selection_rate') return attributeSelectionRate(attribute);
  return null;
}
