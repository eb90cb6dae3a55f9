import type { Finding, Verdict } from '../model/finding.js';
import { VERDICT_LABEL, VERDICT_ORDER } from './verdicts.js';

/**
 * A group's verdict in a table: its worst verdict, and how many of its other
 * checks got each other verdict — `✗ fail +1 inconclusive +1 pass` — so a
 * row that fails one rule and passes two does not read as failing everything,
 * and one that passes with an inconclusive check does not read as a clean pass.
 * The same words in every format: the terminal, Markdown and HTML tables.
 */
export interface GroupVerdict {
  worst: Verdict;
  /** checks with the worst verdict */
  count: number;
  /** the other verdicts, most severe first, with their counts */
  others: { verdict: Verdict; count: number }[];
}

export function groupVerdict(findings: readonly Pick<Finding, 'status'>[]): GroupVerdict | undefined {
  const counts = VERDICT_ORDER.map((verdict) => ({ verdict, count: findings.filter((f) => f.status === verdict).length })).filter((c) => c.count > 0);
  const [first, ...others] = counts;
  return first ? { worst: first.verdict, count: first.count, others } : undefined;
}

/** A verdict's word in a group's cell: the verdict's own, but a suppressed group's checks read `hidden`, as the summary line counts them. */
const CELL_WORD = (v: Verdict) => (v === 'suppressed' ? 'hidden' : VERDICT_LABEL[v].word);

/** `✗ fail` or `✗ 2 fail` */
export function worstText(v: GroupVerdict): string {
  return `${VERDICT_LABEL[v.worst].mark} ${v.count > 1 ? `${v.count} ` : ''}${CELL_WORD(v.worst)}`;
}

/** `+1 inconclusive`, `+2 pass`: each other verdict with its count, most severe first. */
export function otherParts(v: GroupVerdict): string[] {
  return v.others.map((o) => `+${o.count} ${CELL_WORD(o.verdict)}`);
}

/** `+1 inconclusive +2 pass`, or an empty string for a group with one verdict. */
export function othersText(v: GroupVerdict): string {
  return otherParts(v).join(' ');
}

/** The whole cell in words: `✗ fail +1 inconclusive +1 pass`; `—` without a check. */
export function verdictCell(findings: readonly Pick<Finding, 'status'>[]): string {
  const v = groupVerdict(findings);
  if (!v) return '—';
  return [worstText(v), ...otherParts(v)].join(' ');
}

/** What the verdict column says, once under the tables or in the legend. */
export const VERDICT_KEY = "verdict: the group's worst (with how many checks got it when more than one), then how many of its other checks got each other verdict";
