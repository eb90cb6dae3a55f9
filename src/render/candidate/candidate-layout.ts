import type { AuditResult, CandidateSection, GroupResult } from '../../model/audit-result.js';
import type { CandidateGroupChange, FlipRate } from '../../model/candidate-section.js';
import { formatLevel, formatPValue, formatValue } from '../format-number.js';
import { percentAndRange } from '../interval-text.js';
import { verdictCell } from '../verdict-cell.js';
import { findingsOf } from '../verdicts.js';
import { candidateFindings } from './candidate-findings.js';

/** The side-by-side tables of `--candidate` as text cells, one per audited attribute, shared by every reporter. */
export interface CandidateLayout {
  title: string;
  intro: string;
  head: string[];
  attributes: { name: string; rows: string[][] }[];
  legend: string;
}

/** A flip rate as `4.3 % (3.1–5.9 %)`, or without its interval; `—` when no row could flip; `hidden` in a masked group. */
export function flipText(f: FlipRate, isShort = false): string {
  if (f.rate === null) return '—';
  if (!f.interval || isShort) return percentAndRange(f.rate, f.interval ?? [f.rate, f.rate]).value;
  const shown = percentAndRange(f.rate, f.interval);
  return `${shown.value} (${shown.interval})`;
}

function mcnemarText(g: CandidateGroupChange, isShort: boolean): string {
  if (!g.mcnemar) return '—';
  const p = formatPValue(g.mcnemar.pValueAdjusted ?? g.mcnemar.pValue);
  return isShort ? p.replace(/^= /, '') : `p ${p}`;
}

const HIDDEN = 'hidden';

function row(change: CandidateGroupChange, audited: GroupResult | undefined, candidate: GroupResult | undefined, isShort: boolean, verdict: string): string[] {
  if (change.suppressed) return [change.key, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, verdict];
  const rate = (g: GroupResult | undefined) => formatValue(g?.metrics.selection_rate ?? null);
  const impact = (g: GroupResult | undefined) => formatValue(g?.disparities.disparate_impact?.value ?? null);
  return [change.key, String(change.n), rate(audited), rate(candidate), impact(audited), impact(candidate), flipText(change.selectedToNot, isShort), flipText(change.notToSelected, isShort), mcnemarText(change, isShort), verdict];
}

/** The tables, or undefined without a candidate; `isShort` leaves the flip rates' intervals out (the terminal past 100 columns). */
export function candidateLayout(result: AuditResult, isShort = false): CandidateLayout | undefined {
  const section: CandidateSection | undefined = result.candidate;
  if (!section) return undefined;
  const level = formatLevel(result.config.confidence);
  const attributes = section.changes.map((a, i) => {
    const audited = new Map(result.attributes[i]!.groups.map((g) => [g.key, g]));
    const candidate = new Map(section.attributes[i]!.groups.map((g) => [g.key, g]));
    const verdict = (key: string) => verdictCell(findingsOf(candidateFindings(result), a.name, key));
    return { name: a.name, rows: a.groups.map((g) => row(g, audited.get(g.key), candidate.get(g.key), isShort, verdict(g.key))) };
  });
  const overall = section.overallChange;
  return {
    title: `Candidate model: ${section.column} beside the audited decision`,
    intro: `Both models on the same ${overall.n} rows. Overall the candidate selects ${formatValue(section.overall.metrics.selection_rate ?? null)} (the audited model ${formatValue(result.overall.metrics.selection_rate ?? null)}); it drops ${flipText(overall.selectedToNot)} of the audited model's selected rows and adds ${flipText(overall.notToSelected)} of the others.`,
    // the terminal's short form: heads that fit 100 columns (the legend names them)
    head: isShort ? ['group', 'n', 'rate', 'cand.', 'impact', 'cand.', 'sel.→not', 'not→sel.', 'McNemar', 'verdict'] : ['group', 'n', 'rate', 'rate (cand.)', 'impact', 'impact (cand.)', 'selected → not', 'not → selected', 'McNemar', 'verdict'],
    attributes,
    legend: `rate: selection rate; impact: impact ratio against each model's own reference${isShort ? ' (cand.: the candidate\'s)' : ''}; selected → not: the audited model's selected rows the candidate does not select, not → selected: the others it selects${isShort ? ` (their ${level} Wilson intervals are in the other reports)` : `, with ${level} Wilson intervals`}; McNemar: exact test of the group's changed rows (does the candidate select as often?), p after Holm across the groups; verdict: of the checks on the candidate (candidate(…) rules and regression bounds), which the audited model's tables leave out.`,
  };
}
