import type { AuditConfig, Rule } from './config.js';

/** The EEOC four-fifths rule, applied when neither the config nor the flags give a rule. */
export const DEFAULT_RULES: readonly Rule[] = [{ id: 'disparate_impact>=0.8', metric: 'disparate_impact', min: 0.8, severity: 'fail' }];

/**
 * Minimum denominators of the conditional rates (see docs/statistics.md):
 * from 20 trials the 95 % Wilson interval is at most ±0.2 wide and the normal
 * approximation behind the z test holds for rates in [0.25, 0.75] (n·p ≥ 5 and
 * n·(1−p) ≥ 5). Rates over all rows (selection, base rate, accuracy) and the
 * score metrics are governed by `minGroupSize` (30).
 */
export const DEFAULT_MIN_DENOMINATOR = { tpr: 20, fnr: 20, fpr: 20, tnr: 20, ppv: 20, fdr: 20, npv: 20, for: 20 } as const;

/** Replicates and seed of `--bootstrap` when only the count (or nothing but `bootstrap: {}`) is given. */
export const DEFAULT_BOOTSTRAP = { replicates: 1000, seed: 1 } as const;

export const DEFAULT_CONFIG: Omit<AuditConfig, 'columns' | 'groups' | 'rules'> = {
  predictionPositive: null,
  labelPositive: null,
  threshold: null,
  topK: null,
  topPercent: null,
  aboveMedian: false,
  k: 10,
  reference: 'highest',
  referenceGroups: {},
  minGroupSize: 30,
  missing: 'group',
  bins: 10,
  bands: {},
  failOn: 'fail',
  allowNoVerdict: false,
  presets: [],
  ll144: null,
  confidence: 0.95,
  alpha: 0.05,
  minDenominator: DEFAULT_MIN_DENOMINATOR,
  bootstrap: null,
  suppressBelow: 0,
  strict: false,
  delimiter: null,
  decimalComma: null,
  exactMemoryMB: 64,
  report: null,
};

/** Config file names looked up in the working directory, in this order. */
export const CONFIG_FILE_NAMES = ['fairgate.config.yaml', 'fairgate.config.yml', 'fairgate.config.json'] as const;

/** Where `fairgate init` writes the config: the first name an audit looks for. */
export const DEFAULT_INIT_OUTPUT = CONFIG_FILE_NAMES[0];
