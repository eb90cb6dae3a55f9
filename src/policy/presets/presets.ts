import type { Ll144Options, PresetName, Rule } from '../../model/config.js';

/** A preset rule before it gets its id and its `preset` mark. */
export type PresetRule = Omit<Rule, 'id' | 'preset'>;

export interface PresetDef {
  title: string;
  /** where the rule set comes from */
  source: string;
  /** `all`: every rule must be computable, else a config error; `available`: rules whose inputs are missing are left out */
  needsEvery: 'all' | 'available';
  /** the preset's ratios are defined against the group with the highest rate, so another reference is a config error */
  isHighestReference: boolean;
  rules(ll144: Ll144Options | null): PresetRule[];
}

/** The attribute names of the ll144 tables: sex, race/ethnicity and their intersection. */
export function ll144Attributes(o: Pick<Ll144Options, 'sex' | 'race'>): [string, string, string] {
  return [o.sex, o.race, `${o.sex}+${o.race}`];
}

/**
 * Named rule sets. Each resolves into ordinary rules (marked with `preset` and
 * an id prefixed with the preset's name) that are merged with the user's.
 */
export const PRESETS = {
  'four-fifths': {
    title: 'EEOC four-fifths rule',
    source: '29 CFR 1607.4(D) (Uniform Guidelines on Employee Selection Procedures)',
    needsEvery: 'all',
    isHighestReference: true,
    // The rule is defined on the estimated ratio, so it is judged on it (require: point); findings still carry the test's p-value.
    rules: () => [{ metric: 'disparate_impact', min: 0.8, severity: 'fail', require: 'point' }],
  },
  ll144: {
    title: 'NYC Local Law 144 bias audit',
    source: 'NYC Admin. Code §20-870 ff.; DCWP rules 6 RCNY §5-300 to §5-304',
    needsEvery: 'all',
    isHighestReference: true,
    // The law asks for the tables to be published, not for a pass mark, so the
    // conventional four-fifths benchmark only warns here; add `four-fifths` to fail on it.
    rules: (o) => (o ? [{ metric: 'disparate_impact', min: 0.8, severity: 'warn', require: 'point', attributes: ll144Attributes(o) }] : []),
  },
  strict: {
    title: 'strict: tighter bounds for internal release gates',
    source: "fairgate's own choice, documented in the README (Aequitas' τ band at 0.9)",
    needsEvery: 'available',
    isHighestReference: false,
    rules: () => [
      { metric: 'disparate_impact', band: 0.9, severity: 'fail' },
      { metric: 'equal_opportunity_difference', maxAbs: 0.05, severity: 'fail' },
      { metric: 'fpr_difference', maxAbs: 0.05, severity: 'fail' },
      { metric: 'ece', max: 0.03, severity: 'fail' },
      { metric: 'exposure_ratio', band: 0.9, severity: 'fail' },
    ],
  },
} as const satisfies Record<PresetName, PresetDef>;
