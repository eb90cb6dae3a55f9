import type { ConfigIssue } from '../model/errors.js';
import type { AuditConfig } from '../model/config.js';
import type { ParsedFileConfig } from './validate-config.js';
import { attributeColumns } from '../model/attribute-columns.js';
import { checkCandidate } from './check-candidate.js';
import { checkClassDecision } from './check-class-decision.js';

/** The columns that make the decision and what is measured; a positive value needs its column. */
export function checkColumns(c: AuditConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const { prediction, score, label } = c.columns;
  if (c.threshold !== null && score === undefined) issues.push({ path: 'threshold', message: 'a threshold needs a score column (--score / columns.score)' });
  if (c.threshold !== null && prediction !== undefined) {
    issues.push({ path: 'threshold', message: 'give either a prediction column or a score threshold for the decision, not both' });
  }
  if (c.predictionPositive && prediction === undefined) issues.push({ path: 'predictionPositive', message: 'needs a prediction column (--prediction)' });
  if (c.labelPositive && label === undefined) issues.push({ path: 'labelPositive', message: 'needs a label column (--label)' });
  if (prediction === undefined && score === undefined && label === undefined && c.columns.rank === undefined && c.columns.outcome === undefined && c.columns.decision === undefined) {
    issues.push({ path: 'columns', message: 'nothing to measure: give --prediction (or --score with --threshold), --label, --score, --outcome, --decision and/or --rank' });
  }
  const outcome = c.columns.outcome;
  if (outcome !== undefined && c.groups.some((g) => attributeColumns(g).includes(outcome))) {
    issues.push({ path: 'columns.outcome', message: `"${outcome}" is both the outcome and a group column; an outcome is measured per group, so give another column to --outcome or --group` });
  }
  return [...issues, ...checkClassDecision(c), ...checkScoreCutoffs(c), ...checkCandidate(c)];
}

/** --top-k / --top-percent: a decision from the scores, exclusive with the other sources of a decision. */
export function checkScoreCutoffs(c: AuditConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [key, value] of [['topK', c.topK], ['topPercent', c.topPercent]] as const) {
    if (value === null) continue;
    if (c.columns.score === undefined) issues.push({ path: key, message: 'selects the highest scores, so it needs a score column (--score / columns.score)' });
    if (c.columns.prediction !== undefined) issues.push({ path: key, message: 'give either a prediction column or a score cut-off for the decision, not both' });
    if (c.threshold !== null) issues.push({ path: key, message: 'give either a score threshold or a top-k/top-percent cut-off, not both' });
  }
  if (c.topK !== null && c.topPercent !== null) issues.push({ path: 'topPercent', message: 'give either topK (--top-k) or topPercent (--top-percent), not both' });
  return issues;
}

/** `--list` and `--k` belong to a rank column. */
export function checkRanking(c: AuditConfig, merged: ParsedFileConfig): ConfigIssue[] {
  if (c.columns.rank !== undefined) return [];
  const issues: ConfigIssue[] = [];
  if (c.columns.list !== undefined) issues.push({ path: 'columns.list', message: 'one ranked list per value of this column needs the rank column too (--rank / columns.rank)' });
  if (merged.k !== undefined) issues.push({ path: 'k', message: 'the cut-off of selection_at_k needs a rank column (--rank / columns.rank)' });
  return issues;
}
