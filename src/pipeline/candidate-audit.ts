import type { AuditConfig, Rule } from '../model/config.js';
import type { TallyTable } from '../core/types.js';
import { OVERALL_GROUP } from '../core/types.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { CandidateGroupChange } from '../model/candidate-section.js';
import type { CandidateSection } from '../model/audit-result.js';
import type { Finding } from '../model/finding.js';
import { attributeResult } from '../metrics/attribute-result.js';
import { groupResult } from '../metrics/group-result.js';
import { intervalSettings } from '../metrics/intervals.js';
import { disparityMembers, type FamilyMember } from '../metrics/significance.js';
import { auditedTallies } from '../metrics/split-tallies.js';
import { asCandidate, candidateAttribute, candidateCapabilities } from '../metrics/candidate-tallies.js';
import { attributeChanges, groupChange } from '../metrics/candidate-changes.js';
import { evaluateRules } from '../policy/evaluate.js';
import { evaluateRegressions } from '../policy/baseline/evaluate-regressions.js';
import { compareWithBaseline } from '../policy/baseline/compare.js';
import { maskGroup } from '../privacy/apply-suppression.js';
import type { SuppressionPlan } from '../privacy/suppression-plan.js';
import type { SuppressionMark } from '../model/sections.js';
import { UsageError } from '../model/errors.js';

/** The candidate model's audit before masking: its attributes, the paired changes, and its tests for the run's Holm family. */
export interface MeasuredCandidate {
  column: string;
  judged: AttributeResult[];
  overall: GroupResult;
  section: Omit<CandidateSection, 'attributes' | 'overall' | 'column'>;
  /** the candidate's disparity tests: members of the run's family only when a `candidate(…)` rule judges them */
  members: FamilyMember[];
}

const candidateRules = (config: Readonly<AuditConfig>): Rule[] => config.rules.filter((r) => r.model === 'candidate');

/**
 * `--candidate`: the candidate's audit is the audited one with the candidate's
 * decisions — same groups, references, intervals and tests — and the groups
 * paired. Undefined without a candidate.
 */
export function measureCandidate(table: TallyTable, config: Readonly<AuditConfig>, plan: SuppressionPlan | undefined, hasBaseline = false): MeasuredCandidate | undefined {
  const column = config.columns.candidate;
  if (column === undefined) return undefined;
  const bounded = config.rules.find((r) => r.maxRegression !== undefined);
  if (hasBaseline && bounded) {
    throw new UsageError(`rule "${bounded.id}": with both --candidate and --baseline a regression bound would compare with two things; run the model swap (--candidate) and the comparison with the earlier report (--baseline) as two audits`);
  }
  const caps = candidateCapabilities(table.capabilities);
  const tallies = auditedTallies(table);
  const judged = tallies.map((a, i) => attributeResult(candidateAttribute(a, table.bins), caps, config, new Set(plan?.masks[i]?.keys())));
  const settings = intervalSettings(config.confidence);
  const overall = groupResult(OVERALL_GROUP, {}, asCandidate(table.overall, table.bins), caps, settings);
  const changes = attributeChanges(tallies, settings.z).map((a, i) => ({ name: a.name, groups: inOrderOf(judged[i]!, a.groups) }));
  const overallChange = groupChange(OVERALL_GROUP, table.overall, settings.z);
  const members = candidateRules(config).length > 0 ? disparityMembers(judged, 'candidate') : [];
  return { column, judged, overall, section: { overallChange, changes }, members };
}

/** The paired groups in the order the attribute's results list them. */
function inOrderOf(attribute: AttributeResult, groups: CandidateGroupChange[]): CandidateGroupChange[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  return attribute.groups.map((g) => byKey.get(g.key)!);
}

/** The audited model's results with only the values the candidate's audit has, to compare like with like. */
function likeCandidate(audited: readonly AttributeResult[], candidate: readonly AttributeResult[]): AttributeResult[] {
  const metrics = new Set(candidate.flatMap((a) => a.groups.flatMap((g) => [...Object.keys(g.metrics), ...Object.keys(g.disparities)])));
  const keep = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([k]) => metrics.has(k))) as T;
  return audited.map((a) => ({ ...a, groups: a.groups.map((g) => ({ ...g, metrics: keep(g.metrics), disparities: keep(g.disparities) })) }));
}

/**
 * The verdicts on the candidate: each `candidate(metric)` rule judged on its
 * audit as a plain rule is on the audited model's; each `regression(metric)`
 * bound on how much worse the candidate is than the audited model, "worse" in
 * the metric's unfavourable direction (policy/baseline/worsening.ts).
 */
export function judgeCandidate(candidate: MeasuredCandidate, audited: readonly AttributeResult[], config: Readonly<AuditConfig>): Finding[] {
  const thresholds = evaluateRules(candidate.judged, { ...config, rules: candidateRules(config).map(({ model: _model, ...rule }) => rule) });
  const bounded = config.rules.filter((r) => r.maxRegression !== undefined);
  if (bounded.length === 0) return thresholds;
  const before = { file: 'the audited model', report: { generatedAt: '', attributes: likeCandidate(audited, candidate.judged), input: { sha256: '' }, config: {} } };
  const comparison = compareWithBaseline(candidate.judged, before);
  const regressions = evaluateRegressions(candidate.judged, { ...config, rules: bounded }, comparison);
  const ruleOf = new Map(config.rules.map((r) => [r.id, r]));
  // the findings carry the rules as configured (their ids, `candidate(…)` included)
  return [...thresholds, ...regressions].map((f) => ({ ...f, metric: ruleOf.get(f.rule)?.metric ?? f.metric }));
}

/** The published section: masked groups (`--suppress-below`) show their keys and nothing measured, as in the audited model's tables. */
export function publishCandidate(candidate: MeasuredCandidate, plan: SuppressionPlan | undefined): CandidateSection {
  const markOf = (i: number, key: string): SuppressionMark | undefined => plan?.masks[i]?.get(key);
  const attributes = candidate.judged.map((a, i) => ({ ...a, groups: a.groups.map((g) => ((m) => (m ? maskGroup(g, m) : g))(markOf(i, g.key))) }));
  const changes = candidate.section.changes.map((a, i) => ({ ...a, groups: a.groups.map((g) => ((m) => (m ? maskedChange(g, m) : g))(markOf(i, g.key))) }));
  return { column: candidate.column, overall: candidate.overall, attributes, overallChange: candidate.section.overallChange, changes };
}

function maskedChange(g: CandidateGroupChange, mark: SuppressionMark): CandidateGroupChange {
  const none = { flipped: null, of: null, rate: null };
  return { key: g.key, suppressed: mark, n: null, both: null, baselineOnly: null, candidateOnly: null, neither: null, selectedToNot: none, notToSelected: none, selectionRateChange: null };
}
