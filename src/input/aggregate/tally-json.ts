import { z } from 'zod';
import { GRID_CELLS } from '../../core/auc-histogram.js';
import { exactSumOf, exactValue } from '../../core/exact-sum.js';
import { emptyTally } from '../../core/tally.js';
import { COUNT_FIELDS, SUM_FIELDS } from '../../core/tally-fields.js';
import type { AucHistogram, GroupTally } from '../../core/types.js';
import { exactAucHistogramOf } from '../../core/auc-pairs.js';
import { valueHistogramOf, type ValueHistogram } from '../../core/value-histogram.js';
import { sumClassCounts } from '../../core/class-counts.js';

/**
 * A GroupTally as JSON, field by field from TALLY_FIELDS: counts as numbers,
 * float sums as their exact partials (so merging files stays exact), the
 * calibration bins as four arrays (rows, Σ score, Σ score², Σ label; the score sums as exact partials), the AUC histogram as score/count pairs
 * while exact and as dense cell counts on the grid, the value maps of the
 * outcome (and of scores without a label) as value/count pairs.
 */
export type TallyJson = Record<string, unknown>;

export function tallyToJson(t: GroupTally): TallyJson {
  const bins = t.bins.length / 3;
  const column = (k: number) => Array.from({ length: bins }, (_, b) => t.bins[3 * b + k]!);
  return {
    ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, t[f]])),
    ...Object.fromEntries(SUM_FIELDS.map((f) => [f, t.exact[f]])),
    bins: { rows: column(0), scores: t.exact.binScores, squares: t.exact.binSquares, labels: column(2) },
    auc: aucToJson(t.auc),
    ...(t.outcome ? { outcome: valuesToJson(t.outcome) } : {}),
    ...(t.scores ? { scores: valuesToJson(t.scores) } : {}),
    ...(t.consent ? { consent: { ...t.consent } } : {}),
    ...(t.candidate ? { candidate: { ...t.candidate } } : {}),
    ...(t.classes ? { classes: [...t.classes] } : {}),
  };
}

function valuesToJson(h: ValueHistogram): unknown {
  return { grid: h.isGrid, values: Array.from(h.values, (v, i) => [v, h.counts[i]!]) };
}

function aucToJson(h: AucHistogram): unknown {
  if (h.step === null) {
    const pairs = (side: Float64Array) => Array.from(h.scores, (s, i) => [s, side[i]!]).filter(([, c]) => c !== 0);
    return { step: null, pos: pairs(h.pos), neg: pairs(h.neg) };
  }
  return { step: h.step, neg: Array.from(h.counts.subarray(0, GRID_CELLS)), pos: Array.from(h.counts.subarray(GRID_CELLS)) };
}

const count = z.number().int().nonnegative();
const partials = z.array(z.number().refine(Number.isFinite, 'must be finite'));
const pairs = z.array(z.tuple([z.number(), count]));
const values = z.object({ grid: z.boolean(), values: z.array(z.tuple([z.number().refine(Number.isFinite, 'must be finite'), count])) });

/** The JSON schema of a tally with `bins` calibration bins. */
export function tallySchema(bins: number) {
  const list = <T extends z.ZodType>(item: T) => z.array(item).length(bins, `expected ${bins} calibration bins`);
  return z.object({
    ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, count])),
    ...Object.fromEntries(SUM_FIELDS.map((f) => [f, partials])),
    bins: z.object({ rows: list(count), scores: list(partials), squares: list(partials), labels: list(count) }),
    auc: z.union([
      z.object({ step: z.null(), pos: pairs, neg: pairs }),
      z.object({ step: z.number().positive(), pos: z.array(count).length(GRID_CELLS), neg: z.array(count).length(GRID_CELLS) }),
    ]),
    outcome: values.optional(),
    scores: values.optional(),
    consent: z.strictObject({ optedOut: count, unknown: count, selectedOptedOut: count, selectedUnknown: count }).optional(),
    candidate: z.object({ selected: count, both: count, tp: count }).optional(),
    /** rows per class of the multi-class decision, as [class, count] pairs */
    classes: z.array(z.tuple([z.string(), count])).optional(),
  });
}

type ParsedTally = z.output<ReturnType<typeof tallySchema>>;

export function tallyFromJson(json: ParsedTally, bins: number): GroupTally {
  const t = emptyTally(bins);
  const record = json as unknown as Record<string, number | number[]>;
  for (const f of COUNT_FIELDS) t[f] = record[f] as number;
  for (const f of SUM_FIELDS) {
    // Re-normalised, so a hand-edited file cannot break the partials' invariant.
    t.exact[f] = exactSumOf(record[f] as number[]);
    t[f] = exactValue(t.exact[f]);
  }
  for (let b = 0; b < bins; b++) {
    t.exact.binScores[b] = exactSumOf(json.bins.scores[b]!);
    t.bins.set([json.bins.rows[b]!, exactValue(t.exact.binScores[b]!), json.bins.labels[b]!], 3 * b);
    t.exact.binSquares[b] = exactSumOf(json.bins.squares[b]!);
    t.binSquares[b] = exactValue(t.exact.binSquares[b]!);
  }
  const { auc } = json;
  t.auc = auc.step === null ? exactAucHistogramOf(auc.pos, auc.neg) : { step: auc.step, counts: Float64Array.from([...auc.neg, ...auc.pos]) };
  if (json.outcome) t.outcome = valueHistogramOf(json.outcome.values, json.outcome.grid);
  if (json.scores) t.scores = valueHistogramOf(json.scores.values, json.scores.grid);
  if (json.consent) t.consent = { ...json.consent };
  if (json.candidate) t.candidate = { ...json.candidate };
  if (json.classes) t.classes = sumClassCounts([new Map(json.classes)]);
  return t;
}
