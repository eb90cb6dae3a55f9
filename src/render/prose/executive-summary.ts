import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { bySeverity, evidenceTier } from '../finding-order.js';
import { disparityDef, titleOf } from '../metric-info.js';
import { groupLabel } from '../verdicts.js';
import { decisionVerb } from './finding-prose.js';
import { findingSentence } from './finding-sentence.js';
import { reasonGroups } from './reason-groups.js';

/**
 * Three to six plain sentences for a reviewer who is not a statistician: what
 * failed, by how much, how sure the audit is, which groups, and what to ask
 * next. Statistical detail stays in the note on the numbers and the findings.
 */

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** `a, b and c` */
function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

type Family = 'selection' | 'errors' | 'calibration' | 'other';

/** What a rule's metric is about: who is selected, whose outcomes are missed, or what the scores mean. */
function familyOf(metric: string): Family {
  const bases = disparityDef(metric)?.bases ?? [metric];
  if (bases.some((b) => ['selection_rate', 'selection_at_k', 'exposure', 'exposure_share', 'relevant_exposure', 'relevant_exposure_share'].includes(b))) return 'selection';
  if (bases.some((b) => ['tpr', 'fpr', 'fnr', 'tnr', 'ppv', 'npv', 'fdr', 'for', 'accuracy'].includes(b))) return 'errors';
  if (bases.some((b) => ['ece', 'brier', 'calibration_in_the_large', 'auc'].includes(b))) return 'calibration';
  return 'other';
}

/** `The audit fails: 23 of 105 checks failed, on disparate impact (impact ratio) in 10 groups and …` */
function verdictSentence(result: AuditResult, failed: readonly Finding[]): string {
  const s = result.summary;
  const checks = s.pass + s.fail + s.warn + s.inconclusive + s.suppressed;
  if (checks === 0) return 'No rule was applied, so this report measures but does not judge.';
  const warned = s.warn ? `${s.warn} gave a warning` : '';
  if (failed.length === 0) {
    if (result.status === 'inconclusive') return `No check failed${warned ? `, ${warned}` : ''}, but ${s.inconclusive} of ${count(checks, 'check')} could not be judged, so the audit is inconclusive.`;
    return `The audit passes: ${s.pass} of ${count(checks, 'check')} met their rules${warned ? `, and ${warned}` : ''}.`;
  }
  const byMetric = new Map<string, number>();
  for (const f of failed) byMetric.set(f.metric, (byMetric.get(f.metric) ?? 0) + 1);
  const parts = [...byMetric].sort((a, b) => b[1] - a[1]).map(([metric, n], i) => `${titleOf(metric)} in ${i === 0 ? count(n, 'group') : n}`);
  return `The audit fails: ${failed.length} of ${count(checks, 'check')} failed, on ${listWords(parts)}.`;
}

/** How sure: the failures (or, with none, the warnings) the tests back, those that could be chance, and those without a test. */
function certaintySentence(result: AuditResult, failed: readonly Finding[], noun: string): string | undefined {
  if (failed.length === 0) return undefined;
  const [backed, untested, chance] = [0, 1, 2].map((t) => failed.filter((f) => evidenceTier(f, result.config.alpha) === t).length) as [number, number, number];
  const parts = [
    backed ? `${backed} ${backed === 1 ? 'is' : 'are'} statistically significant (unlikely to be chance)` : '',
    chance ? `${chance} could be chance (too few rows or too narrow a gap for the test to tell) and should be confirmed on more data` : '',
    untested ? `${untested} ${untested === 1 ? 'has' : 'have'} no significance test` : '',
  ].filter(Boolean);
  if (backed === failed.length) return `${failed.length === 1 ? `The ${noun} is` : `All ${failed.length} ${noun}s are`} statistically significant (unlikely to be chance).`;
  return `Of the ${count(failed.length, noun)}, ${parts.join('; ')}.`;
}

/** Which groups: every failing (or warned) one by attribute, most severe first, at most four named per attribute. */
function groupsSentence(failed: readonly Finding[], verb: readonly [one: string, many: string]): string | undefined {
  const byAttribute = new Map<string, string[]>();
  for (const f of failed) {
    const groups = byAttribute.get(f.attribute) ?? [];
    if (!groups.includes(f.group)) groups.push(f.group);
    byAttribute.set(f.attribute, groups);
  }
  const total = [...byAttribute.values()].reduce((s, g) => s + g.length, 0);
  if (total === 0) return undefined;
  const parts = [...byAttribute].map(([attribute, groups]) => {
    const more = groups.length > 4 ? ` and ${groups.length - 4} more` : '';
    return `${groups.slice(0, 4).join(', ')}${more} (${attribute})`;
  });
  return `${total === 1 ? `The group that ${verb[0]} is` : `The ${total} groups that ${verb[1]} are`} ${parts.join('; ')}.`;
}

/** What the checks without a verdict have in common, led by the largest reason. */
function openSentence(result: AuditResult): string | undefined {
  const n = result.summary.inconclusive;
  const top = reasonGroups(result, ['inconclusive'])[0];
  if (n === 0 || !top) return undefined;
  return `${count(n, 'check')} could not be judged${top.count === n ? '' : ', most'} because ${top.why}.`;
}

/** The questions to take to the model's owner, from what failed. */
function nextSentence(result: AuditResult, failed: readonly Finding[]): string | undefined {
  const questions: string[] = [];
  const first = (family: Family) => failed.find((f) => familyOf(f.metric) === family);
  const selection = first('selection');
  if (selection) questions.push(`why ${groupLabel(selection)} is ${decisionVerb(result)} less often than ${selection.reference ?? 'the reference group'}, whether the decision's purpose justifies it and whether a less discriminatory alternative was considered`);
  const errors = first('errors');
  if (errors) questions.push(`why the model's errors fall unevenly (the ${titleOf(errors.metric)} of ${groupLabel(errors)})`);
  if (first('calibration')) questions.push('whether a score means the same in every group, or the model needs recalibrating');
  if (result.summary.inconclusive > 0) questions.push('whether more data can be had for the groups too small to judge');
  if (questions.length === 0) return undefined;
  return `Questions for the model's owner: ${questions.join('; ')}.`;
}

/** The executive summary's sentences (three to six; fewer only when there is nothing more to say). */
export function executiveSummary(result: AuditResult): string[] {
  const failed = bySeverity(result.findings.filter((f) => f.status === 'fail'), result);
  // with no failure, the warnings are what the reviewer must weigh
  const flagged = failed.length ? failed : bySeverity(result.findings.filter((f) => f.status === 'warn'), result);
  const noun = failed.length ? 'failure' : 'warning';
  const verb = failed.length ? (['fails', 'fail'] as const) : (['has a warning', 'have a warning'] as const);
  const worst = flagged[0];
  return [
    verdictSentence(result, failed),
    ...(worst ? [`The most serious${failed.length ? '' : ' warning'}: ${findingSentence(worst, result, 'plain').replace(/^The /, 'the ')}`] : []),
    certaintySentence(result, flagged, noun),
    groupsSentence(flagged, verb),
    openSentence(result),
    nextSentence(result, flagged),
  ].filter((s): s is string => s !== undefined);
}
