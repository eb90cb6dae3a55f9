import type { ConfigIssue } from '../model/errors.js';
import type { AuditConfig, Rule } from '../model/config.js';
import { attributeColumns } from '../model/attribute-columns.js';
import { isStratified } from '../model/split-settings.js';

/**
 * `--candidate`: a second model's decision read like the audited one — a
 * decision column mapped by the same positive values, or a score column cut at
 * the same `--threshold`. Cut-offs found from the data (top-k, top-percent, the
 * median) would differ between the two models, so they are refused.
 */
export function checkCandidate(c: AuditConfig): ConfigIssue[] {
  const candidate = c.columns.candidate;
  if (candidate === undefined) return [];
  const path = 'columns.candidate';
  const { prediction, score } = c.columns;
  if (prediction === undefined && c.threshold === null) {
    const how = c.topK !== null || c.topPercent !== null || c.aboveMedian ? '; a cut-off found from the scores (top-k, top-percent, the median) is not one the candidate can share, so give --threshold' : '';
    return [{ path, message: `a candidate is compared with the audited decision, so it needs one: --prediction (the candidate is then a decision column) or --score with --threshold (the candidate is then a score column cut at the same threshold)${how}` }];
  }
  if (candidate === prediction || candidate === score) {
    const role = candidate === prediction ? 'prediction' : 'score';
    return [{ path, message: `"${candidate}" is the ${role} column itself; --candidate takes a second model's column, to compare with --${role} on the same rows` }];
  }
  if (candidate === c.columns.label || candidate === c.columns.outcome) {
    return [{ path, message: `"${candidate}" is the ${candidate === c.columns.label ? 'label' : 'outcome'} column; --candidate takes a second model's decision or score column` }];
  }
  if (c.groups.some((g) => attributeColumns(g).includes(candidate))) {
    return [{ path, message: `"${candidate}" is both the candidate and a group column; give another column to --candidate or --group` }];
  }
  return [];
}

/**
 * `candidate(metric)` rules need `--candidate`, and a metric of a decision
 * (with a label, of its confusion counts): the candidate has no scores, ranks
 * or outcomes of its own in the audit.
 */
export function checkCandidateRules(c: AuditConfig, needs: (metric: Rule['metric']) => readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const isDecisionMetric = (metric: Rule['metric']) => !isStratified(metric) && needs(metric).every((n) => n === 'decision' || n === 'label');
  c.rules.forEach((rule, i) => {
    const path = `rules.${i}`;
    if (rule.model !== 'candidate') {
      // with a candidate, a regression bound compares it with the audited model: on a metric the candidate has
      if (c.columns.candidate !== undefined && rule.maxRegression !== undefined && !isDecisionMetric(rule.metric)) {
        issues.push({ path, message: `rule "${rule.id}": with --candidate a regression bound compares the candidate with the audited model, and the candidate has decisions only, no ${rule.metric}; bound a decision metric such as disparate_impact` });
      }
      return;
    }
    if (c.columns.candidate === undefined) issues.push({ path, message: `rule "${rule.id}" judges the candidate model: give its column with --candidate / columns.candidate` });
    else if (!isDecisionMetric(rule.metric)) {
      issues.push({ path, message: `rule "${rule.id}": the candidate is judged on its decisions only, and ${rule.metric} needs more (scores, ranks, outcomes or strata); judge a decision metric such as disparate_impact, or the audited model` });
    } else if (rule.min === undefined && rule.max === undefined && rule.maxAbs === undefined && rule.band === undefined) {
      issues.push({ path, message: `rule "${rule.id}": a candidate rule needs a threshold (min, max, maxAbs or band); regression(metric) judges the candidate against the audited model already` });
    }
  });
  return issues;
}
