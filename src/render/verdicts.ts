import type { Rule } from '../model/config.js';
import type { Finding, Verdict } from '../model/finding.js';

/** Most severe first: the order of summaries and the "worst verdict" of a group. */
export const VERDICT_ORDER: readonly Verdict[] = ['fail', 'warn', 'inconclusive', 'suppressed', 'pass'];

/** A mark and a word for each verdict, so colour is never the only signal. */
export const VERDICT_LABEL: Record<Verdict, { mark: string; word: string }> = {
  fail: { mark: '✗', word: 'fail' },
  warn: { mark: '!', word: 'warn' },
  inconclusive: { mark: '?', word: 'inconclusive' },
  suppressed: { mark: '–', word: 'suppressed' },
  pass: { mark: '✓', word: 'pass' },
};

/** `✗ fail` */
export function verdictText(verdict: Verdict): string {
  const { mark, word } = VERDICT_LABEL[verdict];
  return `${mark} ${word}`;
}

/** The most severe verdict among findings, or undefined when no rule looked at them. */
export function worstVerdict(findings: readonly Pick<Finding, 'status'>[]): Verdict | undefined {
  return VERDICT_ORDER.find((v) => findings.some((f) => f.status === v));
}

/** Findings of one group of one attribute. */
export function findingsOf(findings: readonly Finding[], attribute: string, group?: string): Finding[] {
  return findings.filter((f) => f.attribute === attribute && (group === undefined || f.group === group));
}

/** A finding of a rule's `maxRegression` bound (judged against `--baseline`), not of its threshold. */
export function isRegressionFinding(f: Pick<Finding, 'bound'>): boolean {
  return f.bound.maxRegression !== undefined;
}

/**
 * The rule's id; for a finding of its `maxRegression` bound when the same rule
 * also has a threshold (and so two findings per group), which of the two it is.
 */
export function ruleLabel(f: Pick<Finding, 'rule' | 'bound'>, rules: readonly Rule[]): string {
  const rule = rules.find((r) => r.id === f.rule);
  const hasThreshold = rule !== undefined && [rule.min, rule.max, rule.maxAbs, rule.band].some((b) => b !== undefined);
  return isRegressionFinding(f) && hasThreshold ? `${f.rule} (change against the baseline)` : f.rule;
}

/** `Female (gender)`: a group with its attribute, as the sentences name it. */
export function groupLabel(f: Pick<Finding, 'group' | 'attribute'>): string {
  return `${f.group} (${f.attribute})`;
}
