import { OVERALL_GROUP } from '../core/types.js';
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

/** Findings of one group of one attribute (or of the whole attribute), in the report's order. */
export function findingsOf(findings: readonly Finding[], attribute: string, group?: string): Finding[] {
  const byAttribute = findingIndex(findings).get(attribute);
  return [...((group === undefined ? byAttribute?.all : byAttribute?.groups.get(group)) ?? [])];
}

// Reporters ask for every group's findings: indexed once per findings list (lists are built, never edited), not searched per group.
const indexes = new WeakMap<readonly Finding[], Map<string, { all: Finding[]; groups: Map<string, Finding[]> }>>();

function findingIndex(findings: readonly Finding[]) {
  let index = indexes.get(findings);
  if (index === undefined) {
    index = new Map();
    for (const f of findings) {
      let a = index.get(f.attribute);
      if (a === undefined) index.set(f.attribute, (a = { all: [], groups: new Map() }));
      a.all.push(f);
      const list = a.groups.get(f.group);
      if (list) list.push(f);
      else a.groups.set(f.group, [f]);
    }
    indexes.set(findings, index);
  }
  return index;
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
  return f.group === OVERALL_GROUP ? `all groups of ${f.attribute}` : `${f.group} (${f.attribute})`;
}
