import { exactValue, mergeExact } from '../../core/exact-sum.js';
import type { GroupTally } from '../../core/types.js';
import type { Capabilities } from '../../model/capabilities.js';
import { consentProblem } from './check-consent.js';

/**
 * The internal consistency of one group's statistics read from a file (an
 * aggregate, a warehouse result): every count is a number of rows, so they
 * nest as rows do — tp ≤ selected, tp ≤ positives, neither above n, and the
 * calibration bins and AUC counts add up to them; each bin's score sum lies
 * within its bin's range. A forged or corrupted file breaks one of these
 * before it could be judged. Returns the first problem, naming the field.
 */
export function tallyProblem(t: GroupTally, caps: Capabilities): string | undefined {
  const count = (field: string, value: number, limit: number, what: string) =>
    value > limit ? `${field} is ${value} but ${what} is ${limit}, and ${field} counts some of those rows` : undefined;
  const tn = t.n - t.selected - t.positives + t.tp;
  const first =
    count('selected', t.selected, t.n, 'n') ??
    count('positives', t.positives, t.n, 'n') ??
    count('tp', t.tp, t.selected, 'selected') ??
    count('tp', t.tp, t.positives, 'positives') ??
    count('atK', t.atK, t.n, 'n') ??
    (tn < 0 ? `selected + positives − tp is ${t.selected + t.positives - t.tp}, more than n (${t.n}): the true negatives would be ${tn}` : undefined);
  if (first) return first;
  const candidate = candidateProblem(t, caps);
  if (candidate) return candidate;
  if (!caps.hasDecision && t.selected > 0) return `selected is ${t.selected}, but the statistics have no decision`;
  if (!caps.hasLabel && t.positives > 0) return `positives is ${t.positives}, but the statistics have no label`;
  if (!caps.hasRank && (t.atK !== 0 || t.sumExposure !== 0 || t.sumRelevantExposure !== 0)) return 'atK and the exposure sums are not 0, but the statistics have no rank';
  return consentProblem(t, caps) ?? classProblem(t, caps) ?? binProblem(t, caps) ?? aucProblem(t, caps);
}

/** With a multi-class decision every row has one class: the class counts sum to n. */
function classProblem(t: GroupTally, caps: Capabilities): string | undefined {
  if (!caps.hasClasses) return t.classes && t.classes.size > 0 ? 'classes are counted, but the statistics have no decision column' : undefined;
  const sum = [...(t.classes?.values() ?? [])].reduce((s, c) => s + c, 0);
  return sum === t.n ? undefined : `the class counts sum to ${sum}, but n is ${t.n} (every row has one class)`;
}

function binProblem(t: GroupTally, caps: Capabilities): string | undefined {
  const bins = t.bins.length / 3;
  let rows = 0;
  let labels = 0;
  for (let b = 0; b < bins; b++) {
    const [n, sum, positives] = [t.bins[3 * b]!, t.bins[3 * b + 1]!, t.bins[3 * b + 2]!];
    if (positives > n) return `calibration bin ${b} has ${positives} positives among ${n} rows`;
    // with a label the scores are probabilities, each in its bin's range [b/B, (b+1)/B]
    const slack = 1e-9 * Math.max(1, n);
    if (caps.hasLabel && (sum < (n * b) / bins - slack || sum > (n * (b + 1)) / bins + slack)) {
      return `calibration bin ${b} has ${n} rows whose scores sum to ${sum}, outside [${(n * b) / bins}, ${(n * (b + 1)) / bins}]`;
    }
    // each score² lies in [(b/B)², ((b+1)/B)²] and is at most the score
    const squares = t.binSquares[b]!;
    if (caps.hasLabel && (squares < n * (b / bins) ** 2 - slack || squares > Math.min(sum, (n * (b + 1) ** 2) / bins ** 2) + slack)) {
      return `calibration bin ${b} has ${n} rows whose squared scores sum to ${squares}, outside [${n * (b / bins) ** 2}, ${Math.min(sum, (n * (b + 1) ** 2) / bins ** 2)}]`;
    }
    rows += n;
    labels += positives;
  }
  const expected = caps.hasScore ? t.n : 0;
  if (rows !== expected) return `the calibration bins hold ${rows} rows, but n is ${t.n}${caps.hasScore ? '' : ' and there is no score'}`;
  if (caps.hasScore && caps.hasLabel && labels !== t.positives) return `the calibration bins hold ${labels} positives, but positives is ${t.positives}`;
  const binSum = exactValue(t.exact.binScores.reduce((s, p) => mergeExact(s, p), [] as number[]));
  if (binSum !== t.sumScore) return `sumScore is ${t.sumScore}, but the calibration bins' scores sum to ${binSum}`;
  if (caps.hasScore && caps.hasLabel && !(t.sumSquaredError >= 0 && t.sumSquaredError <= t.n * (1 + 1e-12))) {
    return `sumSquaredError is ${t.sumSquaredError}, outside [0, n = ${t.n}] (each row adds (score − label)² ≤ 1)`;
  }
  return undefined;
}

function aucProblem(t: GroupTally, caps: Capabilities): string | undefined {
  const counts = { pos: 0, neg: 0 };
  if (t.auc.step === null) {
    const { scores, pos, neg } = t.auc;
    for (let i = 0; i < scores.length; i++) {
      if (!(scores[i]! >= 0 && scores[i]! <= 1)) return `the AUC counts have a score ${scores[i]} outside [0, 1]`;
      counts.pos += pos[i]!;
      counts.neg += neg[i]!;
    }
  } else {
    const cells = t.auc.counts.length / 2;
    for (let c = 0; c < t.auc.counts.length; c++) counts[c < cells ? 'neg' : 'pos'] += t.auc.counts[c]!;
  }
  const [pos, neg] = caps.hasScore && caps.hasLabel ? [t.positives, t.n - t.positives] : [0, 0];
  if (counts.pos !== pos || counts.neg !== neg) {
    return `the AUC counts hold ${counts.pos} positive and ${counts.neg} negative rows, but the group has ${pos} and ${neg}`;
  }
  return undefined;
}

/** The candidate's counts nest like the audited decision's: both ≤ either model's selected, tp ≤ positives, and the rows selected by either fit in n. */
function candidateProblem(t: GroupTally, caps: Capabilities): string | undefined {
  const c = t.candidate;
  if (!caps.hasCandidate) return c && c.selected > 0 ? `candidate.selected is ${c.selected}, but the statistics have no candidate` : undefined;
  if (!c) return t.n > 0 ? 'the group has rows but no candidate counts, and the statistics have a candidate' : undefined;
  if (c.both > c.selected || c.both > t.selected) return `candidate.both is ${c.both}, more than the rows one of the models selects (${Math.min(c.selected, t.selected)})`;
  if (c.tp > c.selected || c.tp > t.positives) return `candidate.tp is ${c.tp}, more than the candidate's selected (${c.selected}) or the positives (${t.positives})`;
  if (t.selected + c.selected - c.both > t.n) return `the rows either model selects (${t.selected + c.selected - c.both}) are more than n (${t.n})`;
  return undefined;
}
