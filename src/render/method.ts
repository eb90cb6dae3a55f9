import { COUNT_METRICS } from '../metrics/consent-metrics.js';
import type { AuditResult } from '../model/audit-result.js';
import type { Rule } from '../model/config.js';
import { hasThresholdBound } from '../policy/bounds.js';
import { describeBound } from './prose/finding-text.js';
import { formatLevel } from './format-number.js';
import { disparityKeys, formulaOf, metricKeys, titleOf } from './metric-info.js';
import { describeDropped } from './provenance.js';
import { runContext } from './run-context.js';
import { strategyText } from './prose/summary-facts.js';
import { countOf, partOf } from '../util/plural.js';

/** One formula line: key, title and formula from the registries. */
export interface FormulaFact {
  key: string;
  title: string;
  formula: string;
}

export interface RuleFact extends FormulaFact {
  id: string;
  requirement: string;
  severity: string;
  scope: string;
}

/** How the audit was done, as facts every human format renders its own way. */
export interface MethodFacts {
  rules: RuleFact[];
  formulas: FormulaFact[];
  reference: string;
  settings: { label: string; value: string }[];
  exclusions: string[];
}

function formulaFact(key: string): FormulaFact {
  return { key, title: titleOf(key), formula: formulaOf(key) ?? '(no formula recorded)' };
}

function exclusions(result: AuditResult): string[] {
  const out: string[] = [];
  const { input } = result;
  const dropped = input.rowsRead - input.rowsUsed;
  out.push(dropped > 0 ? `${partOf(dropped, input.rowsRead, 'rows')} left out of the whole audit: ${describeDropped(input.rowsDropped)}.` : `No row was left out: ${input.rowsRead === 1 ? 'the one row was' : `all ${input.rowsRead} rows were`} audited.`);
  for (const a of result.attributes) {
    if (a.rowsExcluded > 0) out.push(`${countOf(a.rowsExcluded, 'rows')} left out of ${a.name} only, for an empty demographic cell (missing: drop).`);
    const small = a.groups.filter((g) => g.n !== null && g.n < result.config.minGroupSize).length;
    const hidden = a.groups.filter((g) => g.suppressed !== undefined).length;
    if (hidden > 0) out.push(`${countOf(hidden, 'groups')} of ${a.name} hidden by small-cell suppression (fewer than ${countOf(result.config.suppressBelow, 'rows')}, or hiding one that has): no counts, rates or verdicts shown.`);
    if (small > 0) out.push(`${countOf(small, 'groups')} of ${a.name} had fewer than ${countOf(result.config.minGroupSize, 'rows')}: measured, but given no verdict and never used as reference.`);
  }
  return out;
}

/** Method names of the report's `statistics` block in words; an unknown name is shown as it is. */
const METHOD_WORDS: Record<string, string> = {
  wilson: 'Wilson score for rates',
  'katz-log': 'Katz log method for ratios',
  'newcombe-hybrid-score': 'Newcombe hybrid score for differences',
  delong: 'DeLong for AUC',
  'poisson-bootstrap-bias-corrected-percentile': 'Poisson bootstrap (bias-corrected percentile) for Brier',
  'bonferroni-clopper-pearson-bins': 'Clopper–Pearson intervals of the calibration bins, Bonferroni-combined, for ECE',
  'hosmer-lemeshow-moment-matched': 'Hosmer–Lemeshow test of perfect calibration per group (fixed bins, one degree of freedom a bin, moment-matched reference)',
  'fisher-exact-if-expected-below-5-else-pooled-z': "Fisher's exact test when an expected count is below 5, else a pooled two-proportion z test",
};

function statisticsSettings(result: AuditResult): { label: string; value: string }[] {
  const { config } = result;
  const s = result.statistics;
  const word = (m: string | null) => (m === null ? undefined : (METHOD_WORDS[m] ?? m));
  const intervals = [s.methods.rate, s.methods.ratio, s.methods.difference, s.methods.auc, s.methods.ece ?? null, s.methods.calibration].map(word).filter(Boolean);
  const boot = s.bootstrap ? ` (${countOf(s.bootstrap.replicates, 'replicates')}, seed ${s.bootstrap.seed})` : '';
  const minimums = Object.entries(config.minDenominator).map(([m, n]) => `${titleOf(m)} ≥ ${n}`);
  return [
    { label: 'Confidence intervals', value: `${formatLevel(s.confidence)}: ${intervals.join('; ')}${boot}` },
    { label: 'Tests against the reference', value: `${word(s.methods.test)}; Holm's adjustment across ${countOf(s.comparisons, 'comparisons')}; α = ${s.alpha} for the rules' evidence` },
    ...(s.methods.calibrationTest ? [{ label: 'Test of calibration', value: `${word(s.methods.calibrationTest)}; in the Holm family when a rule judges ece, calibration_in_the_large or brier` }] : []),
    ...(minimums.length ? [{ label: 'Minimum denominators for a verdict', value: minimums.join(', ') }] : []),
    ...(s.methods.classes ? [{ label: 'Multi-class decision', value: "class shares with Wilson intervals and their ratios to the reference with Katz intervals; TVD and Jensen–Shannon divergence (base 2) tested by scipy's chi2_contingency of the group's and the reference's classes; group × class by the same test, with Cramér's V" }] : []),
  ];
}

/** What a breach of a rule's threshold must show to fail, in words (none for a rule with only a regression bound). */
function requirementWords(r: Rule, alpha: number): string[] {
  if (!hasThresholdBound(r)) return [];
  const upper = r.bound === 'upper' ? ['fails only when its whole confidence interval is outside the allowed range'] : [];
  if (r.require === 'significant') return [`fails only when significant at α = ${alpha} after Holm`, ...upper];
  if (r.require === 'point') return [upper.length ? upper[0]! : 'judged on the estimate (a breach fails, significant or not)'];
  if (COUNT_METRICS.includes(r.metric) && !upper.length) return ['a count of rows, judged as it stands in a group of any size (any breach fails)'];
  if (upper.length) return upper;
  return [`fails only when the breach is shown: significant at α = ${alpha} after Holm, or without a test its whole confidence interval outside the allowed range; else a warning`];
}

export function methodFacts(result: AuditResult): MethodFacts {
  const { config } = result;
  const groups = [result.overall, ...result.attributes.flatMap((a) => a.groups)];
  const keys = [...metricKeys(groups), ...disparityKeys(groups)].filter((k) => k !== 'n');
  return {
    rules: config.rules.map((r) => ({
      ...formulaFact(r.metric),
      id: r.id,
      requirement: [
        describeBound(r),
        ...requirementWords(r, config.alpha),
      ].join('; '),
      severity: r.severity === 'warn' ? 'warning only' : 'fails the run',
      scope: r.attributes?.length ? r.attributes.join(', ') : 'every attribute',
    })),
    formulas: keys.map(formulaFact),
    reference: Object.keys(config.referenceGroups).length
      ? `explicit groups (${Object.entries(config.referenceGroups).map(([a, g]) => `${a} = ${g}`).join(', ')}); otherwise ${strategyText(config.reference, config.minGroupSize)}`
      : strategyText(config.reference, config.minGroupSize),
    settings: [
      { label: 'Minimum group size for a verdict', value: countOf(config.minGroupSize, 'rows') },
      { label: 'Empty demographic cell', value: config.missing === 'group' ? 'its own group, "(missing)"' : 'row left out of that attribute' },
      { label: 'Calibration bins', value: `${config.bins} equal-width bins over [0, 1]` },
      ...runContext(result),
      ...statisticsSettings(result),
      ...splitSettings(result),
      { label: 'Verdicts that fail the run', value: config.failOn === 'inconclusive' ? 'fail and inconclusive' : 'fail' },
    ],
    exclusions: exclusions(result),
  };
}

/** The legitimate factors and the time windows of the run, and its drift rules, in words. */
function splitSettings(result: AuditResult): { label: string; value: string }[] {
  const { strata, period, drift } = result.config;
  return [
    ...(strata ? [{ label: 'Legitimate factors', value: `${strata.join(' × ')}: Mantel–Haenszel odds ratio and Cochran–Mantel–Haenszel test, directly standardised rate ratio, conditional demographic disparity` }] : []),
    ...(period ? [{ label: 'Time windows', value: `${period.every === 'week' ? 'ISO weeks' : `${period.every}s`} of ${period.column} (instants in ${period.tz}), each audited on its own` }] : []),
    ...(drift?.length ? [{ label: 'Drift rules', value: drift.map((d) => `${d.id}${d.severity === 'warn' ? ' (warning only)' : ''}`).join('; ') }] : []),
  ];
}
