import { checkCandidateRules } from './check-candidate.js';
import { ConfigError, type ConfigIssue } from '../model/errors.js';
import { DISPARITIES } from '../metrics/disparity.js';
import { METRICS } from '../metrics/registry.js';
import { applyLl144, presetRules } from '../policy/presets/resolve-presets.js';
import { didYouMean } from '../util/suggest.js';
import { attributeColumns } from '../model/attribute-columns.js';
import { checkColumns, checkRanking } from './check-inputs.js';
import { checkStatistics } from './check-statistics.js';
import { decisionSource } from '../model/decision-source.js';
import { DEFAULT_BOOTSTRAP, DEFAULT_CONFIG, DEFAULT_RULES } from '../model/defaults.js';
import type { AuditConfig, Rule, RuleMetric } from '../model/config.js';
import { REPORT_INFO_KEYS, type ReportInfo } from '../model/report-info.js';
import type { ParsedFileConfig } from './validate-config.js';
import type { MetricId, DisparityId } from '../model/vocabulary.js';
import type { Need } from '../metrics/metric-def.js';
import { checkSplits, resolveSplits } from './split-config.js';
import { resolveConsent } from './consent-config.js';
import { checkInequalityRules } from './check-inequality.js';
import { isStratified } from '../model/split-settings.js';
import { isClassRule } from '../model/class-results.js';
import { isInequality } from '../model/benefit-inequality.js';

export interface ConfigLayer {
  /** where the layer came from, for error messages: a file path or `command line` */
  source: string;
  config: ParsedFileConfig;
}

/** The inputs a metric or a disparity needs. */
export function needsOf(metric: RuleMetric): readonly Need[] {
  if (isStratified(metric)) return ['decision'];
  if (isClassRule(metric)) return ['classes'];
  if (isInequality(metric)) return ['decision', 'label'];
  if (metric in DISPARITIES) {
    const bases = DISPARITIES[metric as DisparityId].bases;
    return [...new Set(bases.flatMap((b) => METRICS[b].needs))];
  }
  return METRICS[metric as MetricId].needs;
}

const NEED_FLAG: Record<Need, string> = {
  decision: 'a decision (--prediction, or --score with --threshold)',
  label: 'an outcome column (--label)',
  score: 'a score column (--score)',
  rank: 'a rank column (--rank)',
  outcome: 'a numeric outcome column (--outcome)',
  consent: 'a consent column (--consent)',
  classes: 'a multi-class decision column (--decision)',
};

function merge(layers: readonly ConfigLayer[]): ParsedFileConfig {
  const out: ParsedFileConfig = {};
  for (const { config } of layers) {
    const { columns, referenceGroups, bands, ll144, minDenominator, bootstrap, report, drift, consent, ...rest } = config;
    Object.assign(out, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (columns) out.columns = { ...out.columns, ...columns };
    if (referenceGroups) out.referenceGroups = { ...out.referenceGroups, ...referenceGroups };
    // a later layer's edges for a column replace the earlier ones; other columns keep theirs
    if (bands) out.bands = Object.assign(Object.create(null) as Record<string, number[]>, out.bands, bands);
    if (ll144) out.ll144 = { ...out.ll144, ...ll144 };
    if (consent) out.consent = { ...out.consent, ...consent };
    if (minDenominator) out.minDenominator = { ...out.minDenominator, ...minDenominator };
    // a flag (--model-version) refines the config's block field by field
    if (report) out.report = { ...out.report, ...report };
    // `bootstrap: null` in a later layer turns it off; an object refines the earlier one.
    if (bootstrap === null) out.bootstrap = null;
    else if (bootstrap) out.bootstrap = { ...out.bootstrap, ...bootstrap };
    // drift rules add up over the layers, as no rule replaces another
    if (drift) out.drift = [...(out.drift ?? []), ...drift];
  }
  return out;
}

function checkGroups(c: AuditConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (c.groups.length === 0) issues.push({ path: 'groups', message: 'no protected attribute: give --group <column> or groups: [column, …]' });
  c.groups.forEach((g, i) => {
    if (attributeColumns(g).some((col) => col.length === 0)) issues.push({ path: `groups.${i}`, message: `"${g}" has an empty column name` });
  });
  const columns = [...new Set(c.groups.flatMap((g) => attributeColumns(g)))];
  for (const column of Object.keys(c.bands)) {
    if (!columns.includes(column)) issues.push({ path: `bins.${column}`, message: `bands a column that no audited attribute reads (${columns.join(', ')})${didYouMean(column, columns)}` });
  }
  for (const attribute of Object.keys(c.referenceGroups)) {
    if (!c.groups.includes(attribute)) {
      issues.push({ path: `referenceGroups.${attribute}`, message: `not one of the audited attributes (${c.groups.join(', ')})${didYouMean(attribute, c.groups)}` });
    }
  }
  return issues;
}

function checkRules(c: AuditConfig, caps: Record<Need, boolean>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  c.rules.forEach((rule, i) => {
    const missing = needsOf(rule.metric).filter((need) => !caps[need]);
    if (missing.length > 0) issues.push({ path: `rules.${i}`, message: `rule "${rule.id}" needs ${missing.map((m) => NEED_FLAG[m]).join(' and ')}` });
    if (rule.maxRegression !== undefined && !(rule.maxRegression >= 0)) issues.push({ path: `rules.${i}.maxRegression`, message: 'must be 0 or more' });
    for (const attribute of rule.attributes ?? []) {
      if (!c.groups.includes(attribute)) issues.push({ path: `rules.${i}.attributes`, message: `"${attribute}" is not an audited attribute${didYouMean(attribute, c.groups)}` });
    }
  });
  return issues;
}

/**
 * defaults < config file < flags → one frozen AuditConfig, or a ConfigError that
 * lists every problem. With no rule anywhere, the four-fifths rule applies when
 * there is a decision to judge.
 */
export function resolveConfig(layers: readonly ConfigLayer[]): Readonly<AuditConfig> {
  const merged = merge(layers);
  const base: AuditConfig = {
    ...DEFAULT_CONFIG,
    columns: merged.columns ?? {},
    predictionPositive: merged.predictionPositive ?? DEFAULT_CONFIG.predictionPositive,
    labelPositive: merged.labelPositive ?? DEFAULT_CONFIG.labelPositive,
    threshold: merged.threshold ?? DEFAULT_CONFIG.threshold,
    topK: merged.topK ?? DEFAULT_CONFIG.topK,
    topPercent: merged.topPercent ?? DEFAULT_CONFIG.topPercent,
    k: merged.k ?? DEFAULT_CONFIG.k,
    groups: [...new Set(merged.groups ?? [])],
    reference: merged.reference ?? DEFAULT_CONFIG.reference,
    // keyed by attribute names (from the data's header): no inherited keys, so `constructor` is just a name
    referenceGroups: Object.assign(Object.create(null) as Record<string, string>, merged.referenceGroups),
    minGroupSize: merged.minGroupSize ?? DEFAULT_CONFIG.minGroupSize,
    missing: merged.missing ?? DEFAULT_CONFIG.missing,
    bins: merged.bins ?? DEFAULT_CONFIG.bins,
    bands: Object.assign(Object.create(null) as Record<string, number[]>, merged.bands),
    failOn: merged.failOn ?? DEFAULT_CONFIG.failOn,
    allowNoVerdict: merged.allowNoVerdict ?? DEFAULT_CONFIG.allowNoVerdict,
    rules: merged.rules ?? [],
    presets: [...new Set(merged.preset ?? [])],
    confidence: merged.confidence ?? DEFAULT_CONFIG.confidence,
    alpha: merged.alpha ?? DEFAULT_CONFIG.alpha,
    minDenominator: { ...DEFAULT_CONFIG.minDenominator, ...merged.minDenominator },
    bootstrap: merged.bootstrap ? { ...DEFAULT_BOOTSTRAP, ...merged.bootstrap } : null,
    suppressBelow: merged.suppressBelow ?? DEFAULT_CONFIG.suppressBelow,
    strict: merged.strict ?? DEFAULT_CONFIG.strict,
    delimiter: merged.delimiter ?? DEFAULT_CONFIG.delimiter,
    decimalComma: merged.decimalComma ?? DEFAULT_CONFIG.decimalComma,
    exactMemoryMB: merged.exactMemoryMB ?? DEFAULT_CONFIG.exactMemoryMB,
    // only when given, so reports of audits at the default α = 2 are unchanged
    ...(merged.entropyAlpha !== undefined ? { entropyAlpha: merged.entropyAlpha } : {}),
    // only when on, so reports of audits without it are unchanged
    ...(merged.normalizeValues ? { normalizeValues: true as const } : {}),
    ...(merged.favourable ? { favourable: merged.favourable } : {}),
    report: merged.report && Object.keys(merged.report).length > 0 ? orderedReport(merged.report) : DEFAULT_CONFIG.report,
  };
  const split = resolveSplits(merged);
  Object.assign(base, split.splits);
  const ll144Issues = applyLl144(base, merged.ll144);
  const caps: Record<Need, boolean> = {
    decision: decisionSource(base) !== 'none',
    label: base.columns.label !== undefined,
    score: base.columns.score !== undefined,
    rank: base.columns.rank !== undefined,
    outcome: base.columns.outcome !== undefined,
    consent: base.columns.consent !== undefined,
    classes: base.columns.decision !== undefined,
  };
  const missingInputs = (rule: { metric: RuleMetric }) => needsOf(rule.metric).filter((need) => !caps[need]).map((need) => NEED_FLAG[need]);
  const fromPresets = presetRules(base, missingInputs, merged.reference !== undefined);
  base.rules = fromPresets.rules;
  if (base.rules.length === 0 && base.presets.length === 0 && caps.decision) base.rules = DEFAULT_RULES.map((r) => ({ ...r }));
  const consentIssues = resolveConsent(base, merged.consent, caps.decision);
  const issues = [
    ...checkColumns(base),
    ...checkRanking(base, merged),
    ...checkGroups(base),
    ...consentIssues,
    ...ll144Issues,
    ...fromPresets.issues,
    ...checkRules(base, caps),
    ...checkCandidateRules(base, needsOf),
    ...checkStatistics(base, caps),
    ...split.issues,
    ...checkSplits(base, caps.decision),
    ...checkInequalityRules(base),
    ...(base.drift ?? []).flatMap((rule, i) => missingInputs(rule).map((need) => ({ path: `drift.${i}`, message: `drift rule "${rule.id}" needs ${need}` }))),
  ];
  if (issues.length > 0) throw new ConfigError(layers.map((l) => l.source).join(' + ') || 'configuration', issues);
  return deepFreeze(base);
}

/** The block's fields in the order every format shows them, so reports do not depend on the order they were written in. */
function orderedReport(report: ReportInfo): ReportInfo {
  return Object.fromEntries(REPORT_INFO_KEYS.filter((k) => report[k] !== undefined).map((k) => [k, report[k]])) as ReportInfo;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export type { Rule };
