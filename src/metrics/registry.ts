import type { MetricId } from '../model/vocabulary.js';
import type { GroupTally } from '../core/types.js';
import { confusion } from '../core/tally.js';
import {
  areaUnderRoc,
  brierScore,
  calibrationInTheLarge,
  expectedCalibrationError,
  meanScore,
} from './calibration.js';
import { RANKING_METRICS } from './ranking-metrics.js';
import { OUTCOME_METRICS } from './outcome-metrics.js';
import { CONSENT_METRICS } from './consent-metrics.js';
import { CLASS_METRICS } from './class-metrics.js';
import * as rates from './rates.js';
import type { Counts, RateCounts } from './rates.js';
import type { MetricDef, Need, Favourable } from './metric-def.js';
import type { Capabilities } from '../model/capabilities.js';

const rate = (title: string, short: string, formula: string, needs: readonly Need[], favourable: Favourable, fn: (c: Counts) => RateCounts): MetricDef => ({
  title,
  short,
  formula,
  needs,
  favourable,
  rate: fn,
});

const DL = ['decision', 'label'] as const;
const SL = ['score', 'label'] as const;

/** Per-group metrics, each computed from the group's tally alone. Keys are the JSON keys. */
export const METRICS = {
  n: { title: 'rows', short: 'n', formula: 'n', needs: [], favourable: 'high', compute: (t) => t.n },
  selection_rate: rate('selection rate', 'selection', '(tp+fp)/n', ['decision'], 'high', rates.selectionRate),
  base_rate: rate('base rate', 'base rate', '(tp+fn)/n', ['label'], 'high', rates.baseRate),
  tpr: rate('true positive rate', 'TPR', 'tp/(tp+fn)', DL, 'high', rates.truePositiveRate),
  fnr: rate('false negative rate', 'FNR', 'fn/(tp+fn)', DL, 'low', rates.falseNegativeRate),
  fpr: rate('false positive rate', 'FPR', 'fp/(fp+tn)', DL, 'low', rates.falsePositiveRate),
  tnr: rate('true negative rate', 'TNR', 'tn/(fp+tn)', DL, 'high', rates.trueNegativeRate),
  ppv: rate('positive predictive value (precision)', 'PPV', 'tp/(tp+fp)', DL, 'high', rates.positivePredictiveValue),
  fdr: rate('false discovery rate', 'FDR', 'fp/(tp+fp)', DL, 'low', rates.falseDiscoveryRate),
  npv: rate('negative predictive value', 'NPV', 'tn/(tn+fn)', DL, 'high', rates.negativePredictiveValue),
  for: rate('false omission rate', 'FOR', 'fn/(tn+fn)', DL, 'low', rates.falseOmissionRate),
  accuracy: rate('accuracy', 'accuracy', '(tp+tn)/n', DL, 'high', rates.accuracy),
  mean_score: { title: 'mean score', short: 'mean score', formula: 'Σ score / n', needs: ['score'], favourable: 'high', compute: meanScore },
  calibration_in_the_large: {
    title: 'calibration in the large',
    short: 'cal. gap',
    formula: 'mean_score − base_rate',
    needs: SL,
    favourable: 'zero',
    compute: calibrationInTheLarge,
  },
  ece: {
    title: 'expected calibration error',
    short: 'ECE',
    formula: 'Σ_b (n_b/n)·|mean score_b − positive rate_b|',
    needs: SL,
    favourable: 'low',
    compute: expectedCalibrationError,
  },
  brier: { title: 'Brier score', short: 'Brier', formula: 'mean (score − label)²', needs: SL, favourable: 'low', compute: brierScore },
  auc: { title: 'ROC AUC', short: 'AUC', formula: 'P(s₊ > s₋) + ½·P(s₊ = s₋)', needs: SL, favourable: 'high', compute: areaUnderRoc },
  ...RANKING_METRICS,
  ...OUTCOME_METRICS,
  ...CONSENT_METRICS,
  ...CLASS_METRICS,
} as const satisfies Record<MetricId, MetricDef>;

export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

const CAPABILITY_OF: Record<Need, keyof Capabilities> = {
  decision: 'hasDecision',
  label: 'hasLabel',
  score: 'hasScore',
  rank: 'hasRank',
  outcome: 'hasOutcome',
  consent: 'hasConsent',
  classes: 'hasClasses',
};

export function hasNeeds(needs: readonly Need[], caps: Capabilities): boolean {
  return needs.every((need) => caps[CAPABILITY_OF[need]]);
}

/** The metrics a run can compute, in registry order. */
export function availableMetrics(caps: Capabilities): MetricId[] {
  return METRIC_IDS.filter((id) => hasNeeds(METRICS[id].needs, caps));
}

/** A group's value of a metric; `population` is its attribute's tally (for shares), the group itself by default. */
export function metricValue(id: MetricId, t: GroupTally, population: GroupTally = t): number | null {
  const def: MetricDef = METRICS[id];
  if (def.rate) {
    const { successes, trials } = def.rate(tallyCounts(t));
    return rates.ratio(successes, trials);
  }
  return def.compute ? def.compute(t, population) : null;
}

/** The two counts behind a proportion metric, or undefined for other metrics. */
export function rateCounts(id: MetricId, t: GroupTally): RateCounts | undefined {
  const def: MetricDef = METRICS[id];
  return def.rate?.(tallyCounts(t));
}

function tallyCounts(t: GroupTally): Counts {
  // Fields listed rather than spread: V8 copied a spread object through a slow path (about 10 µs a call, once per metric and group).
  const { tp, fp, fn, tn } = confusion(t);
  if (t.consent) return { tp, fp, fn, tn, n: t.n, atK: t.atK, optedOut: t.consent.optedOut, consentKnown: t.n - t.consent.unknown };
  return { tp, fp, fn, tn, n: t.n, atK: t.atK };
}
