import type { AttributeResult, AuditResult, GroupResult } from '../../model/audit-result.js';
import type { CandidateGroupChange } from '../../model/candidate-section.js';
import { findingsOf, ruleLabel, worstVerdict } from '../verdicts.js';
import { candidateFindings } from './candidate-findings.js';

type Cell = string | number | null | undefined;
interface Column {
  name: string;
  value: (g: GroupResult, attribute: AttributeResult | undefined, window?: string) => Cell;
}

/**
 * With `--candidate`: the candidate's values beside each whole-run row of the
 * CSV report (time windows' rows leave them empty): its selected rows,
 * selection rate and impact ratio, the two flip rates with their intervals,
 * and McNemar's p before and after Holm. A masked group's cells are empty.
 */
export function candidateColumns(result: AuditResult): Column[] {
  const section = result.candidate;
  if (!section) return [];
  const find = (g: GroupResult, a: AttributeResult | undefined, window: string | undefined): { change: CandidateGroupChange; model: GroupResult } | undefined => {
    if (window !== undefined) return undefined;
    if (!a) return { change: section.overallChange, model: section.overall };
    const i = result.attributes.findIndex((x) => x.name === a.name);
    const change = section.changes[i]?.groups.find((x) => x.key === g.key);
    const model = section.attributes[i]?.groups.find((x) => x.key === g.key);
    return change && model ? { change, model } : undefined;
  };
  const column = (name: string, read: (c: { change: CandidateGroupChange; model: GroupResult }) => Cell): Column => ({ name: `candidate_${name}`, value: (g, a, w) => ((c) => (c ? read(c) : undefined))(find(g, a, w)) });
  return [
    column('selected', (c) => c.model.selected),
    column('selection_rate', (c) => c.model.metrics.selection_rate),
    column('disparate_impact', (c) => c.model.disparities.disparate_impact?.value),
    column('disparate_impact_reference', (c) => c.model.disparities.disparate_impact?.reference),
    column('selected_to_not', (c) => c.change.selectedToNot.rate),
    column('selected_to_not_ci_low', (c) => c.change.selectedToNot.interval?.[0]),
    column('selected_to_not_ci_high', (c) => c.change.selectedToNot.interval?.[1]),
    column('not_to_selected', (c) => c.change.notToSelected.rate),
    column('not_to_selected_ci_low', (c) => c.change.notToSelected.interval?.[0]),
    column('not_to_selected_ci_high', (c) => c.change.notToSelected.interval?.[1]),
    column('mcnemar_p', (c) => c.change.mcnemar?.pValue),
    column('mcnemar_p_adjusted', (c) => c.change.mcnemar?.pValueAdjusted),
    { name: 'candidate_verdict', value: (g, a, w) => (a && w === undefined ? worstVerdict(findingsOf(candidateFindings(result), a.name, g.key)) : undefined) },
    { name: 'candidate_rules_not_met', value: (g, a, w) => (a && w === undefined ? notMet(result, a.name, g.key) : undefined) },
  ];
}

/** The candidate's rules a group did not meet (failed or warned), as the audited model's `rules_not_met`. */
function notMet(result: AuditResult, attribute: string, group: string): string {
  return findingsOf(candidateFindings(result), attribute, group).filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => ruleLabel(f, result.config.rules)).join('; ');
}
