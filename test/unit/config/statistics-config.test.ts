import { describe, expect, it } from 'vitest';
import { flagsToConfig } from '../../../src/cli/flags-to-config.js';
import { parseRuleExpression } from '../../../src/policy/rule-expression.js';
import { resolveConfig } from '../../../src/config/resolve-config.js';
import { validateFileConfig } from '../../../src/config/validate-config.js';
import { ConfigError } from '../../../src/model/errors.js';

const base = { columns: { prediction: 'd', label: 'y', score: 's' }, groups: ['g'] };

function resolve(raw: Record<string, unknown>) {
  const validated = validateFileConfig({ ...base, ...raw });
  if (!validated.ok) throw new ConfigError('test', validated.issues);
  return resolveConfig([{ source: 'test', config: validated.config }]);
}

function issuesOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('statistics config', () => {
  it('defaults: 95 % intervals, α = 0.05, minimum denominators of 20 for the conditional rates, bootstrap off', () => {
    const c = resolve({});
    expect(c).toMatchObject({ confidence: 0.95, alpha: 0.05, bootstrap: null });
    expect(c.minDenominator).toEqual({ tpr: 20, fnr: 20, fpr: 20, tnr: 20, ppv: 20, fdr: 20, npv: 20, for: 20 });
  });

  it('minDenominator overrides single keys; bootstrap fills in the default seed', () => {
    const c = resolve({ minDenominator: { tpr: 50, selection_rate: 100 }, bootstrap: { replicates: 2000 } });
    expect(c.minDenominator).toMatchObject({ tpr: 50, fpr: 20, selection_rate: 100 });
    expect(c.bootstrap).toEqual({ replicates: 2000, seed: 1 });
  });

  it('unknown keys are errors that list the allowed values', () => {
    expect(issuesOf(() => resolve({ minDenominator: { tprr: 5 } }))).toMatch(/minDenominator\.tprr: unknown key; did you mean "tpr".*Allowed keys: .*fpr/);
    expect(issuesOf(() => resolve({ confidance: 0.9 }))).toMatch(/confidance: unknown key; did you mean "confidence"\?/);
    expect(issuesOf(() => resolve({ rules: [{ metric: 'disparate_impact', min: 0.8, requires: 'significant' }] }))).toMatch(/rules\.0\.requires: unknown key.*Allowed keys: .*require/);
    expect(issuesOf(() => resolve({ rules: [{ metric: 'disparate_impact', min: 0.8, bound: 'lower' }] }))).toMatch(/rules\.0\.bound: expected one of "estimate", "upper"/);
  });

  it('confidence and alpha must lie strictly between 0 and 1', () => {
    expect(issuesOf(() => resolve({ confidence: 95 }))).toMatch(/confidence: must be between 0 and 1/);
    expect(issuesOf(() => resolve({ alpha: 0 }))).toMatch(/alpha: must be between 0 and 1/);
  });

  it('require: significant only on metrics that carry a test (disparities, calibration); require: point on any', () => {
    expect(issuesOf(() => resolve({ rules: [{ metric: 'accuracy', min: 0.7, require: 'significant' }] }))).toMatch(
      /rules\.0\.require: .*only disparities with a test .*: disparate_impact, statistical_parity_difference, equal_opportunity_difference, equal_opportunity_ratio, fpr_difference, selection_at_k_ratio, mean_outcome_difference, mean_outcome_ratio, ks, score_ks, tvd, js, cdd, mh_odds_ratio, standardised_rate_ratio, class_impact, tier_impact, ece, calibration_in_the_large, brier; require: point judges any metric on its estimate$/,
    );
    expect(resolve({ rules: [{ metric: 'fpr_difference', maxAbs: 0.1, require: 'significant' }] }).rules[0]).toMatchObject({ require: 'significant' });
    expect(resolve({ rules: [{ metric: 'ece', max: 0.05, require: 'significant' }] }).rules[0]).toMatchObject({ id: 'ece<=0.05 require=significant' });
    expect(resolve({ rules: [{ metric: 'accuracy', min: 0.7, require: 'point' }] }).rules[0]).toMatchObject({ require: 'point', id: 'accuracy>=0.7 require=point' });
  });

  it('bound: upper needs an interval: brier only with the bootstrap, ece always (exact intervals of its bins)', () => {
    expect(issuesOf(() => resolve({ rules: [{ metric: 'brier', max: 0.2, bound: 'upper' }] }))).toMatch(/rules\.0\.bound: .*brier gets one with --bootstrap/);
    expect(issuesOf(() => resolve({ rules: [{ metric: 'equalized_odds_difference', max: 0.1, bound: 'upper' }] }))).toMatch(/has no confidence interval/);
    expect(resolve({ rules: [{ metric: 'ece', max: 0.05, bound: 'upper' }] }).rules.map((r) => r.id)).toEqual(['ece<=0.05 bound=upper']);
    const ok = resolve({ bootstrap: { replicates: 500 }, rules: [{ metric: 'brier', max: 0.2, bound: 'upper' }, { metric: 'auc', min: 0.7, bound: 'upper' }] });
    expect(ok.rules.map((r) => r.id)).toEqual(['brier<=0.2 bound=upper', 'auc>=0.7 bound=upper']);
  });

  it('`bound: estimate` is the default and is not stored', () => {
    expect(resolve({ rules: [{ metric: 'disparate_impact', min: 0.8, bound: 'estimate' }] }).rules[0]).toEqual({ metric: 'disparate_impact', min: 0.8, id: 'disparate_impact>=0.8', severity: 'fail' });
  });

  it('the bootstrap needs a score and a label', () => {
    const validated = validateFileConfig({ columns: { prediction: 'd' }, groups: ['g'], bootstrap: { replicates: 1000 } });
    expect(validated.ok).toBe(true);
    expect(issuesOf(() => resolveConfig([{ source: 'test', config: validated.ok ? validated.config : {} }]))).toMatch(/bootstrap: .*needs a score column \(--score\) and an outcome column/);
  });
});

describe('statistics flags and rule expressions', () => {
  it('--confidence, --alpha, --min-denominator, --bootstrap, --bootstrap-seed', () => {
    const layer = flagsToConfig({ confidence: '0.9', alpha: '0.01', minDenominator: ['tpr=5,fpr=7', 'ppv=9'], bootstrap: '500', bootstrapSeed: '3' });
    expect(layer).toMatchObject({ confidence: 0.9, alpha: 0.01, minDenominator: { tpr: 5, fpr: 7, ppv: 9 }, bootstrap: { replicates: 500, seed: 3 } });
  });

  it('bad statistics flags name the flag', () => {
    expect(issuesOf(() => flagsToConfig({ confidence: '95%' }))).toMatch(/--confidence: expected a number/);
    expect(issuesOf(() => flagsToConfig({ minDenominator: ['tpr'] }))).toMatch(/--min-denominator: expected metric=count/);
    expect(issuesOf(() => flagsToConfig({ minDenominator: ['auc=5'] }))).toMatch(/--min-denominator: unknown key/);
    expect(issuesOf(() => flagsToConfig({ bootstrapSeed: '3' }))).toMatch(/--bootstrap-seed: needs --bootstrap/);
    expect(issuesOf(() => flagsToConfig({ bootstrap: '10' }))).toMatch(/--bootstrap: use at least 100 replicates/);
  });

  it('rule expressions take require= and bound= and print them back in the id', () => {
    const parsed = parseRuleExpression('disparate_impact >= 0.8 require=significant bound=upper');
    expect(parsed).toEqual({ ok: true, rule: { metric: 'disparate_impact', min: 0.8, require: 'significant', bound: 'upper', id: 'disparate_impact>=0.8 require=significant bound=upper', severity: 'fail' } });
    expect(parseRuleExpression('disparate_impact>=0.8 require=point')).toEqual({ ok: true, rule: { metric: 'disparate_impact', min: 0.8, require: 'point', id: 'disparate_impact>=0.8 require=point', severity: 'fail' } });
    expect(parseRuleExpression('disparate_impact>=0.8 require=always')).toEqual({ ok: false, message: '"require=always" in rule "disparate_impact>=0.8 require=always": require can be significant or point' });
  });
});
