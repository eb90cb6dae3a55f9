import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve-config.js';
import { parseRuleExpression } from '../../../src/policy/rule-expression.js';
import { validateFileConfig } from '../../../src/config/validate-config.js';
import { ConfigError } from '../../../src/model/errors.js';
import { DISPARITIES } from '../../../src/metrics/disparity.js';
import { METRICS } from '../../../src/metrics/registry.js';

function issues(raw: unknown) {
  const v = validateFileConfig(raw);
  return v.ok ? [] : v.issues;
}

function resolveIssues(raw: Record<string, unknown>) {
  const v = validateFileConfig(raw);
  if (!v.ok) throw new Error('invalid before resolve');
  try {
    resolveConfig([{ source: 'f.yaml', config: v.config }]);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
}

describe('config validation names the key and what is allowed', () => {
  it('an unknown top-level key suggests the nearest one and lists the allowed keys', () => {
    const [issue] = issues({ group: ['race'] });
    expect(issue!.path).toBe('group');
    expect(issue!.message).toMatch(/^unknown key; did you mean "groups"\? Allowed keys: columns, /);
  });

  it('a bad enum value lists the allowed values', () => {
    expect(issues({ reference: 'biggest' })).toEqual([{ path: 'reference', message: 'expected one of "highest", "largest", "overall", got "biggest"; did you mean "highest" or "largest"?' }]);
    expect(issues({ missing: 'skip' })[0]!.message).toBe('expected one of "group", "drop", got "skip"');
  });

  it('a rule with an unknown metric names the rule index', () => {
    const [issue] = issues({ rules: [{ metric: 'disparate_impakt', min: 0.8 }] });
    expect(issue!.path).toBe('rules.0.metric');
    // every metric (but n and class_n, row counts no rule bounds) and disparity of the registries, the ranking
    // ones included, then the value given and the suggestion
    expect(issue!.message).toMatch(/^expected one of "disparate_impact", .*"selection_at_k_ratio", .*"auc", .*"relevant_share", .*"share_above_p80", "unconsented_selected", "unknown_consent_selected", "opt_out_rate", got "disparate_impakt"; did you mean "disparate_impact"\?$/);
    const ruleMetrics = [...Object.keys(METRICS).filter((m) => m !== 'n' && m !== 'class_n'), ...Object.keys(DISPARITIES)];
    for (const id of ruleMetrics) expect(issue!.message).toContain(`"${id}", `);
    expect(issue!.message).not.toContain('"n", ');
  });

  it('a rule without a bound, and min above max, are errors', () => {
    expect(issues({ rules: [{ metric: 'ece' }] })[0]!.message).toBe('a rule needs a bound: min, max, maxAbs, band or maxRegression');
    expect(issues({ rules: [{ metric: 'ece', min: 0.2, max: 0.1 }] })[0]!.message).toBe('min is greater than max');
  });

  it('wrong types say what was expected', () => {
    expect(issues({ minGroupSize: 'thirty' })[0]).toMatchObject({ path: 'minGroupSize' });
    expect(issues({ minGroupSize: 0 })[0]).toMatchObject({ path: 'minGroupSize' });
    // zod names an integer "int"; the message says what a user would
    expect(issues({ minGroupSize: 2.5, topK: 0.5, k: 1.5 })).toEqual([
      { path: 'topK', message: 'expected a whole number, got 0.5' },
      { path: 'k', message: 'expected a whole number, got 1.5' },
      { path: 'minGroupSize', message: 'expected a whole number, got 2.5' },
    ]);
    expect(issues({ columns: { prediction: '' } })[0]).toEqual({ path: 'columns.prediction', message: 'a column name cannot be empty' });
  });

  it('accepts rules as expressions and as objects, groups as a list or a comma string', () => {
    const v = validateFileConfig({ groups: 'race, sex,race+sex', rules: ['ece<=0.05', { metric: 'disparate_impact', band: 0.8, severity: 'warn' }] });
    expect(v.ok && v.config.groups).toEqual(['race', 'sex', 'race+sex']);
    expect(v.ok && v.config.rules).toEqual([
      { id: 'ece<=0.05', metric: 'ece', max: 0.05, severity: 'fail' },
      { id: '0.8<=disparate_impact<=1.25', metric: 'disparate_impact', band: 0.8, severity: 'warn' },
    ]);
  });
});

describe('resolved config checks what needs both file and flags', () => {
  it('needs an attribute', () => {
    expect(resolveIssues({ columns: { prediction: 'p' } })).toEqual([{ path: 'groups', message: expect.stringMatching(/no protected attribute/) }]);
  });

  it('a rule whose metric needs a column that was not given', () => {
    const found = resolveIssues({ columns: { prediction: 'p' }, groups: ['g'], rules: ['ece<=0.05'] });
    expect(found).toEqual([{ path: 'rules.0', message: 'rule "ece<=0.05" needs a score column (--score) and an outcome column (--label)' }]);
  });

  it('threshold needs a score and excludes a prediction column', () => {
    expect(resolveIssues({ columns: { label: 'y' }, groups: ['g'], threshold: 0.5 })[0]!.message).toMatch(/threshold needs a score column/);
    expect(resolveIssues({ columns: { prediction: 'p', score: 's' }, groups: ['g'], threshold: 0.5 })[0]!.message).toMatch(/not both/);
  });

  it('applies the four-fifths rule when no rule is given and there is a decision', () => {
    const v = validateFileConfig({ columns: { prediction: 'p' }, groups: ['g'] });
    const config = resolveConfig([{ source: 'f', config: v.ok ? v.config : {} }]);
    expect(config.rules).toEqual([{ id: 'disparate_impact>=0.8', metric: 'disparate_impact', min: 0.8, severity: 'fail' }]);
    expect(Object.isFrozen(config.rules[0])).toBe(true);
  });

  it('later layers win: defaults < file < flags', () => {
    const file = validateFileConfig({ columns: { prediction: 'p', label: 'y' }, groups: ['g'], minGroupSize: 50, reference: 'largest' });
    const flags = validateFileConfig({ columns: { label: 'outcome' }, minGroupSize: 10 });
    const config = resolveConfig([
      { source: 'file', config: file.ok ? file.config : {} },
      { source: 'flags', config: flags.ok ? flags.config : {} },
    ]);
    expect(config).toMatchObject({ columns: { prediction: 'p', label: 'outcome' }, minGroupSize: 10, reference: 'largest', missing: 'group', bins: 10 });
  });
});

describe('rule expressions', () => {
  it.each([
    ['disparate_impact>=0.8', { metric: 'disparate_impact', min: 0.8 }],
    ['ece <= 0.05', { metric: 'ece', max: 0.05 }],
    ['abs(equal_opportunity_difference)<=0.1', { metric: 'equal_opportunity_difference', maxAbs: 0.1 }],
    ['0.8<=disparate_impact<=1.25', { metric: 'disparate_impact', min: 0.8, max: 1.25 }],
  ])('%s', (text, expected) => {
    const parsed = parseRuleExpression(text);
    expect(parsed.ok && parsed.rule).toMatchObject(expected);
  });

  it('explains what it expected', () => {
    const parsed = parseRuleExpression('disparate_impact > 0.8');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/expected "metric>=number"/);
  });

  it('suggests the metric for a typo', () => {
    const parsed = parseRuleExpression('disparate_impakt>=0.8');
    expect(!parsed.ok && parsed.message).toMatch(/did you mean "disparate_impact"/);
  });
});
