import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/model/errors.js';
import { configFrom } from '../../../helpers/csv-audit.js';

const full = { columns: { prediction: 'd', score: 's', label: 'y', rank: 'r' }, groups: ['g'] };

function rulesOf(raw: Record<string, unknown>) {
  return configFrom(raw).rules.map(({ id, ...rest }) => ({ id, ...rest }));
}

function issuesOf(raw: Record<string, unknown>): string[] {
  try {
    configFrom(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('presets resolve into ordinary rules', () => {
  it('four-fifths: disparate_impact ≥ 0.8 on the estimate (require: point, not in the id), failing', () => {
    expect(rulesOf({ ...full, preset: 'four-fifths' })).toEqual([
      { id: 'four-fifths: disparate_impact>=0.8', metric: 'disparate_impact', min: 0.8, severity: 'fail', require: 'point', preset: 'four-fifths' },
    ]);
  });

  it('strict: the documented tighter set, each rule whose inputs exist', () => {
    expect(rulesOf({ ...full, preset: ['strict'] })).toEqual([
      { id: 'strict: 0.9<=disparate_impact<=1.1111111111111112', metric: 'disparate_impact', band: 0.9, severity: 'fail', preset: 'strict' },
      { id: 'strict: abs(equal_opportunity_difference)<=0.05', metric: 'equal_opportunity_difference', maxAbs: 0.05, severity: 'fail', preset: 'strict' },
      { id: 'strict: abs(fpr_difference)<=0.05', metric: 'fpr_difference', maxAbs: 0.05, severity: 'fail', preset: 'strict' },
      { id: 'strict: ece<=0.03', metric: 'ece', max: 0.03, severity: 'fail', preset: 'strict' },
      { id: 'strict: 0.9<=exposure_ratio<=1.1111111111111112', metric: 'exposure_ratio', band: 0.9, severity: 'fail', preset: 'strict' },
    ]);
    expect(rulesOf({ columns: { prediction: 'd' }, groups: ['g'], preset: 'strict' }).map((r) => r.metric)).toEqual(['disparate_impact']);
  });

  it('ll144: the four-fifths benchmark as a warning on sex, race and their intersection, which become audited attributes', () => {
    const c = configFrom({ columns: { prediction: 'd' }, groups: ['age'], preset: 'll144', ll144: { sex: 'gender', race: 'ethnicity' } });
    expect(c.groups).toEqual(['age', 'gender', 'ethnicity', 'gender+ethnicity']);
    expect(c.rules).toEqual([
      { id: 'll144: disparate_impact>=0.8', metric: 'disparate_impact', min: 0.8, severity: 'warn', require: 'point', attributes: ['gender', 'ethnicity', 'gender+ethnicity'], preset: 'll144' },
    ]);
    expect(c.ll144).toEqual({ sex: 'gender', race: 'ethnicity', unknown: [], excludeBelow: 0.02 });
    expect(c.aboveMedian).toBe(false);
  });

  it('ll144 with a score and no decision uses scoring rates (score above the median)', () => {
    const c = configFrom({ columns: { score: 's' }, preset: 'll144' });
    expect(c.aboveMedian).toBe(true);
    expect(c.groups).toEqual(['sex', 'race', 'sex+race']);
  });

  it('merges preset rules with the user rules, preset first, and drops a preset rule the user already has', () => {
    const rules = rulesOf({ ...full, preset: 'four-fifths', rules: ['disparate_impact>=0.8 require=point', 'ece<=0.05'] });
    expect(rules.map((r) => r.id)).toEqual(['disparate_impact>=0.8 require=point', 'ece<=0.05']);
    // the user's rule under the default requirement (evidence) is another rule: both are judged
    const beside = rulesOf({ ...full, preset: 'four-fifths', rules: ['disparate_impact>=0.8'] });
    expect(beside.map((r) => [r.id, r.require ?? null])).toEqual([['four-fifths: disparate_impact>=0.8', 'point'], ['disparate_impact>=0.8', null]]);
    const both = rulesOf({ ...full, preset: ['four-fifths', 'strict'], rules: ['ece<=0.05'] });
    expect(both.map((r) => r.id)).toEqual([
      'four-fifths: disparate_impact>=0.8',
      'strict: 0.9<=disparate_impact<=1.1111111111111112',
      'strict: abs(equal_opportunity_difference)<=0.05',
      'strict: abs(fpr_difference)<=0.05',
      'strict: ece<=0.03',
      'strict: 0.9<=exposure_ratio<=1.1111111111111112',
      'ece<=0.05',
    ]);
  });

  it('does not add the default four-fifths rule next to a preset', () => {
    expect(rulesOf({ columns: { prediction: 'd', score: 's', label: 'y' }, groups: ['g'], preset: 'strict' }).map((r) => r.preset)).toEqual(['strict', 'strict', 'strict', 'strict']);
  });
});

describe('preset errors', () => {
  it('lists the presets for an unknown name', () => {
    expect(issuesOf({ ...full, preset: 'four-fiths' })).toEqual(['preset: expected one of "four-fifths", "ll144", "strict", got "four-fiths"; did you mean "four-fifths"?']);
    // in a list, or in a comma-separated string, the item at fault
    expect(issuesOf({ ...full, preset: ['four-fifths', 'eeoc'] })).toEqual(['preset.1: expected one of "four-fifths", "ll144", "strict", got "eeoc"']);
    expect(issuesOf({ ...full, preset: 'four-fifths, eeoc' })).toEqual(['preset: expected one of "four-fifths", "ll144", "strict", got "eeoc"']);
  });

  it('four-fifths and ll144 need a decision (or, for ll144, scores)', () => {
    expect(issuesOf({ columns: { label: 'y' }, groups: ['g'], preset: 'four-fifths' })).toEqual([
      'preset: preset four-fifths needs a decision (--prediction, or --score with --threshold)',
    ]);
    expect(issuesOf({ columns: { label: 'y' }, groups: ['g'], preset: 'll144' })[0]).toMatch(/^preset: ll144 needs selections/);
  });

  it('strict needs at least one computable rule', () => {
    expect(issuesOf({ columns: { label: 'y' }, groups: ['g'], preset: 'strict' })).toEqual(['preset: none of the rules of preset strict can be computed from the given columns']);
  });

  it('four-fifths and ll144 compare with the highest-rate group, so another reference is an error', () => {
    expect(issuesOf({ ...full, preset: 'four-fifths', reference: 'largest' })).toEqual([
      'reference: preset four-fifths compares each group with the highest-rate group; remove reference: largest or the preset',
    ]);
    expect(issuesOf({ ...full, preset: 'll144', ll144: { sex: 'g', race: 'g2' }, referenceGroups: { g: 'A' } })[0]).toMatch(/^referenceGroups: preset ll144 compares/);
    expect(configFrom({ ...full, preset: 'four-fifths', reference: 'highest' }).reference).toBe('highest');
  });

  it('ll144 options without the ll144 preset are an error', () => {
    expect(issuesOf({ ...full, ll144: { sex: 'gender' } })).toEqual(['ll144: options for the ll144 preset, which is not applied; add `preset: ll144` or --preset ll144']);
  });
});
