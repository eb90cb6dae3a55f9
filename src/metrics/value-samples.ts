import { AUC_GRID_STEP, histogramCells } from '../core/auc-histogram.js';
import { rocOfCells, type RocPoints } from '../stats/abroca.js';
import type { AucHistogram, GroupTally } from '../core/types.js';
import { valueShift, type ValueHistogram } from '../core/value-histogram.js';
import { summarizeSorted, type OutcomeSummary } from '../stats/outcome-summary.js';
import type { SortedCounts } from '../stats/value-counts.js';

/**
 * A group's sample of a numeric column as the statistics read it: sorted
 * values with their counts, and what the grid may have moved. `shift` is the
 * largest distance any row's value was moved (0 when exact); `cellShare` the
 * largest share of the rows in one grid cell (0 when exact) — the two facts
 * every bound of the distribution statistics is stated in (docs/statistics-methods.md).
 */
export interface Sample {
  sorted: SortedCounts;
  shift: number;
  cellShare: number;
}

const samples = new WeakMap<object, Sample>();

function sampleOf(key: object, values: Float64Array, counts: Float64Array, shift: number, isGrid: boolean): Sample {
  const cached = samples.get(key);
  if (cached) return cached;
  let total = 0;
  let largest = 0;
  for (let i = 0; i < counts.length; i++) {
    total += counts[i]!;
    largest = Math.max(largest, counts[i]!);
  }
  const sample = { sorted: { values, counts, total }, shift, cellShare: isGrid && total > 0 ? largest / total : 0 };
  samples.set(key, sample);
  return sample;
}

function histogramSample(h: ValueHistogram): Sample {
  return sampleOf(h, h.values, h.counts, valueShift(h), h.isGrid);
}

/** The outcome's sample (`--outcome`), or undefined when the run has none. */
export function outcomeSample(t: GroupTally): Sample | undefined {
  return t.outcome ? histogramSample(t.outcome) : undefined;
}

/**
 * The scores' sample: the label-less score map, or with a label the AUC map's
 * scores (both labels together; on the 1e-4 grid each cell stands for its
 * middle, k·1e-4, so a score moved by at most half a step).
 */
export function scoreSample(t: GroupTally): Sample | undefined {
  if (t.scores) return histogramSample(t.scores);
  const h = t.auc;
  if (h.step === null) {
    if (h.scores.length === 0) return undefined;
    return sampleOf(h, h.scores, h.scores.map((_, i) => h.pos[i]! + h.neg[i]!), 0, false);
  }
  const cells = h.counts.length / 2;
  const values: number[] = [];
  const counts: number[] = [];
  for (let c = 0; c < cells; c++) {
    const n = h.counts[c]! + h.counts[cells + c]!;
    if (n === 0) continue;
    values.push(c * AUC_GRID_STEP);
    counts.push(n);
  }
  return sampleOf(h, Float64Array.from(values), Float64Array.from(counts), AUC_GRID_STEP / 2, true);
}

const curves = new WeakMap<AucHistogram, RocPoints | null>();

/** The ROC curve of a group's AUC map (exact, or its grid's cells), once per map: a reference's curve is read by every group. */
export function rocOf(h: AucHistogram): RocPoints | null {
  if (!curves.has(h)) curves.set(h, rocOfCells(histogramCells(h)));
  return curves.get(h)!;
}

const summaries = new WeakMap<Sample, OutcomeSummary | null>();

/** n, mean, sd, median and the deciles of a sample (numpy's linear quantiles), once per sample. */
export function summaryOf(s: Sample): OutcomeSummary | null {
  if (!summaries.has(s)) summaries.set(s, summarizeSorted(s.sorted));
  return summaries.get(s)!;
}
