import type { RuleBoundOn, RuleRequirement } from '../../model/config.js';
import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import type { MetricChange } from '../../model/sections.js';
import { findChange } from '../change-lookup.js';

/**
 * What a finding's sentence needs beyond the finding itself: the run's
 * settings and the rule's qualifiers, all read from the report, so a finding
 * carries only its code (`reason`) and its own facts.
 */
export interface FindingContext {
  minGroupSize: number;
  /** the suppression threshold, for findings of masked groups */
  suppressBelow: number;
  confidence: number;
  alpha: number;
  require?: RuleRequirement | undefined;
  boundOn?: RuleBoundOn | undefined;
  /** regression findings: the reference of the baseline and of this run, when they differ */
  referenceChange?: MetricChange['reference'];
  /** the candidate model's column, when the finding judges it (`candidate(…)` rules; regression bounds of a run with `--candidate`) */
  candidate?: string;
}

/** Whether `rule` gave the finding: the same id and metric, and the same bound (the threshold's parts, or the regression bound). */
function isRuleOf(f: Finding, rule: AuditResult['config']['rules'][number]): boolean {
  if (rule.id !== f.rule || rule.metric !== f.metric) return false;
  if (f.bound.maxRegression !== undefined) return rule.maxRegression === f.bound.maxRegression;
  return rule.min === f.bound.min && rule.max === f.bound.max && rule.maxAbs === f.bound.maxAbs && rule.band === f.bound.band;
}

/** The context of a finding of `result`. */
export function findingContext(f: Finding, result: AuditResult): FindingContext {
  const { config } = result;
  const rule = config.rules.find((r) => isRuleOf(f, r)) ?? config.rules.find((r) => r.id === f.rule);
  const change = f.bound.maxRegression === undefined || !result.baseline ? undefined : findChange(result.baseline.changes, f.attribute, f.group, f.metric);
  return {
    minGroupSize: config.minGroupSize,
    suppressBelow: config.suppressBelow,
    confidence: config.confidence,
    alpha: config.alpha,
    require: rule?.require,
    boundOn: rule?.bound,
    ...(change?.reference ? { referenceChange: change.reference } : {}),
    ...(result.candidate && (rule?.model === 'candidate' || f.bound.maxRegression !== undefined) ? { candidate: result.candidate.column } : {}),
  };
}
