import type { PassingRange, SweepResult, SweepTarget } from '../../model/sweep-result.js';
import { formatPercent } from '../format-number.js';

/** A threshold as written in the data: up to six significant digits, no trailing zeros. */
export function formatThreshold(t: number): string {
  return String(Number(t.toPrecision(6)));
}

const rows = (n: number) => Math.round(n).toLocaleString('en-US');

/** `0.412 < t ≤ 0.612`, `t ≤ 0.612`, or on a grid `0.4 ≤ t ≤ 0.6`. */
export function rangeText(r: PassingRange): string {
  const high = formatThreshold(r.highest);
  if (r.above === undefined) return r.lowest === r.highest ? `t = ${high}` : `${formatThreshold(r.lowest)} ≤ t ≤ ${high}`;
  return r.above === null ? `t ≤ ${high}` : `${formatThreshold(r.above)} < t ≤ ${high}`;
}

/** The range and the rows it selects: `0.412 < t ≤ 0.612 (selects 4,000 to 6,500 rows)`. */
export function rangeSentence(r: PassingRange): string {
  const [top, bottom] = r.selected;
  return `${rangeText(r)} (selects ${top === bottom ? rows(top) : `${rows(top)} to ${rows(bottom)}`} rows)`;
}

/** The answer first: where every judged rule passes, as a sentence and its ranges (one item each). */
export function passingAnswer(result: SweepResult): { head: string; ranges: string[] } {
  if (result.rules.judged.length === 0) return { head: 'No configured rule depends on the threshold, so every threshold passes them alike.', ranges: [] };
  if (result.passing.length === 0) return { head: 'No swept threshold passes every judged rule.', ranges: [] };
  return { head: `Every judged rule passes in ${result.passing.length === 1 ? 'one range' : `${result.passing.length} ranges`} of thresholds:`, ranges: result.passing.map(rangeSentence) };
}

/** The answer as one sentence (JUnit messages). */
export function passingHeadline(result: SweepResult): string {
  const { head, ranges } = passingAnswer(result);
  return ranges.length === 0 ? head : `${head} ${ranges.join('; ')}.`;
}

export function targetSentence(target: SweepTarget, rowsUsed: number): string {
  const asked = target.requested.kind === 'rate' ? `${target.requested.percent} % of the rows` : `${rows(target.requested.rows)} rows`;
  const head = `Target: select ${asked} (${rows(target.rows)} of ${rows(rowsUsed)}).`;
  const u = target.unconstrained;
  const plain = `The threshold nearest it is ${formatThreshold(u.threshold)} (${rows(u.selected)} rows, ${formatPercent(u.selectionRate)}), which ${u.passes ? 'passes' : 'does not pass'} every judged rule.`;
  if (!target.nearest) return `${head} ${plain} No swept threshold passes.`;
  if (u.passes) return `${head} ${plain}`;
  const n = target.nearest;
  return `${head} ${plain} The nearest passing threshold is ${formatThreshold(n.threshold)} (${rows(n.selected)} rows, ${formatPercent(n.selectionRate)}).`;
}

const SKIP_WHY: Record<string, string> = {
  'not-threshold-dependent': 'does not change with the threshold',
  stratified: 'is stratified (judged by the audit)',
  'attribute-wide': 'measures a whole attribute, not a group (judged by the audit)',
  'regression-only': 'only bounds a regression against a baseline',
};

/** How the sweep judged and what it swept, as sentences. */
export function methodNotes(result: SweepResult): string[] {
  const t = result.thresholds;
  const notes = [
    `Decision = score ≥ t, as --threshold. Each threshold is judged on point estimates (every rule as require=point, bound=upper not applied, no p-value adjusted): the sweep is a what-if, and fairgate audit --threshold t gives the verdict with its statistics. A check that is inconclusive (small group, small denominator, undefined value) ${result.judgement.failOn === 'inconclusive' ? 'fails the threshold (--fail-on inconclusive)' : 'does not fail the threshold, as in the audit\'s exit code'}.`,
  ];
  if (t.mode === 'exact') notes.push(`Swept exactly: every one of the ${rows(t.count)} distinct scores is a threshold (up to ${rows(t.exactLimit)} are).`);
  else if (t.mode === 'grid') notes.push(`Swept on a grid of step ${t.step} (${rows(t.count)} thresholds) because ${t.reason === 'too-many-scores' ? `the data has ${rows(t.distinctScores ?? 0)} distinct scores, more than the ${rows(t.exactLimit)} swept exactly` : 'the scores were kept on a grid (--exact-memory)'}; only the grid points were judged.`);
  else notes.push(`Swept at the ${rows(t.count)} thresholds given${t.step !== null ? ` (step ${t.step})` : ''}; only those were judged.`);
  if (t.approximateGroups) notes.push('Some score maps were kept on a grid of width 0.0001 (--exact-memory): a count at a threshold can be off by the rows of the one grid cell that holds it.');
  notes.push('A threshold above every score selects nobody and is not swept. A rule\'s column gives its lowest and highest value over the published groups.');
  for (const s of result.rules.skipped) notes.push(`Rule ${s.rule} ${SKIP_WHY[s.why] ?? s.why}: the sweep leaves it to fairgate audit.`);
  if (result.suppression && result.suppression.masked.length > 0) {
    notes.push(`Groups under ${result.suppression.k} rows and those masked with them (${result.suppression.masked.map((m) => `${m.attribute}=${m.group}`).join(', ')}) publish no rates at the thresholds where the audit at that threshold masks them (which groups must be masked depends on the selected counts too); they are still judged.`);
  }
  return notes;
}

/** The label every per-group table carries. */
export const PER_GROUP_WARNING =
  'What-if only: a separate threshold per group treats people differently because of their group (disparate treatment). It is shown to make the trade-off visible, not as a recommendation; in US employment decisions, for one, adjusting cut-off scores by race, colour, religion, sex or national origin is unlawful (Civil Rights Act, Title VII §703(l)).';
