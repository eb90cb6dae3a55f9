import type { Finding, Verdict } from '../model/finding.js';
import { VERDICT_LABEL, VERDICT_ORDER } from './verdicts.js';

/**
 * A group's verdict in a table: its worst verdict, and how many of its other
 * checks got each other verdict — `✗ fail, +1 inconclusive, +1 pass` — so a
 * row that fails one rule and passes two does not read as failing everything,
 * and one that passes with an inconclusive check does not read as a clean pass.
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

/** `✗ fail` or `✗ 2 fail` */
export function worstText(v: GroupVerdict): string {
  const { mark, word } = VERDICT_LABEL[v.worst];
  return `${mark} ${v.count > 1 ? `${v.count} ` : ''}${word}`;
}

/** `+1 inconclusive, +2 pass`, or an empty string for a group with one verdict. */
export function othersText(v: GroupVerdict): string {
  return v.others.map((o) => `+${o.count} ${VERDICT_LABEL[o.verdict].word}`).join(', ');
}

/** The whole cell in words (Markdown, CSV): `✗ fail, +1 inconclusive, +1 pass`; `—` without a check. */
export function verdictCell(findings: readonly Pick<Finding, 'status'>[]): string {
  const v = groupVerdict(findings);
  if (!v) return '—';
  const others = othersText(v);
  return others ? `${worstText(v)}, ${others}` : worstText(v);
}

/** The key under a terminal table that uses the narrow form. */
export const SHORT_VERDICT_KEY = `verdict: the group's worst; +n${VERDICT_LABEL.fail.mark} +n${VERDICT_LABEL.warn.mark} +n${VERDICT_LABEL.inconclusive.mark} +n${VERDICT_LABEL.suppressed.mark} +n${VERDICT_LABEL.pass.mark}: its other checks that failed, warned, were inconclusive, hidden, passed`;
