import type { AuditConfig, Rule } from './types.js';

/** The EEOC four-fifths rule, applied when neither the config nor the flags give a rule. */
export const DEFAULT_RULES: readonly Rule[] = [{ id: 'disparate_impact>=0.8', metric: 'disparate_impact', min: 0.8, severity: 'fail' }];

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
  failOn: 'fail',
  presets: [],
  ll144: null,
};

/** Config file names looked up in the working directory, in this order. */
export const CONFIG_FILE_NAMES = ['fairgate.config.yaml', 'fairgate.config.yml', 'fairgate.config.json'] as const;
