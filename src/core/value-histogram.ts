import { valueCell, valueGridShift } from './value-grid.js';

/**
 * A group's sample of one numeric column (the outcome, or the score when the
 * run has no label) as sorted value → count arrays: exact values while the
 * run's maps fit their budget (exact-limit.ts), else the cells of the value
 * grid (value-grid.ts). Typed arrays: a Map would cost about five times the
 * payload. Merging adds counts; the result depends only on the rows.
 */
export interface ValueHistogram {
  /** true: `values` are cell values of the value grid */
  isGrid: boolean;
  /** distinct values, ascending (−0 is stored as 0) */
  values: Float64Array;
  /** rows at each value */
  counts: Float64Array;
}

export function emptyValueHistogram(): ValueHistogram {
  return { isGrid: false, values: new Float64Array(0), counts: new Float64Array(0) };
}

/** The histogram of (value, count) pairs in any order, values repeated or not. */
export function valueHistogramOf(pairs: readonly (readonly [number, number])[], isGrid = false): ValueHistogram {
  const sorted = pairs.filter(([, c]) => c > 0).map(([v, c]): [number, number] => [v === 0 ? 0 : v, c]).sort((a, b) => a[0] - b[0]);
  const values: number[] = [];
  const counts: number[] = [];
  for (const [v, c] of sorted) {
    if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]! += c;
    else {
      values.push(v);
      counts.push(c);
    }
  }
  return { isGrid, values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/** The histogram on the value grid (itself when it already is). */
export function gridValueHistogram(h: ValueHistogram): ValueHistogram {
  if (h.isGrid) return h;
  return valueHistogramOf(Array.from(h.values, (v, i) => [valueCell(v), h.counts[i]!] as const), true);
}

/** Two sorted histograms merged in one linear pass (on the grid when either is). */
function mergeSorted(a: ValueHistogram, b: ValueHistogram): ValueHistogram {
  const values = new Float64Array(a.values.length + b.values.length);
  const counts = new Float64Array(values.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const v = va <= vb ? va : vb;
    let c = 0;
    if (va === v && i < a.values.length) c += a.counts[i++]!;
    if (vb === v && j < b.values.length) c += b.counts[j++]!;
    values[k] = v;
    counts[k++] = c;
  }
  return { isGrid: a.isGrid, values: values.slice(0, k), counts: counts.slice(0, k) };
}

/** The sum of two samples (pure); an exact side is put on the grid when the other is on it. */
export function mergeValueHistograms(a: ValueHistogram, b: ValueHistogram): ValueHistogram {
  if (a.isGrid !== b.isGrid) return mergeSorted(gridValueHistogram(a), gridValueHistogram(b));
  return mergeSorted(a, b);
}

/** The sum of many samples in one step. */
export function sumValueHistograms(list: readonly ValueHistogram[]): ValueHistogram {
  const isGrid = list.some((h) => h.isGrid);
  const pairs: [number, number][] = [];
  for (const h of list) {
    const g = isGrid ? gridValueHistogram(h) : h;
    for (let i = 0; i < g.values.length; i++) pairs.push([g.values[i]!, g.counts[i]!]);
  }
  return valueHistogramOf(pairs, isGrid);
}

/** Entries as the budget counts them: distinct values, Infinity on the grid. */
export function valueEntries(h: ValueHistogram): number {
  return h.isGrid ? Infinity : h.values.length;
}

/** Rows in the sample. */
export function valueTotal(h: ValueHistogram): number {
  let n = 0;
  for (let i = 0; i < h.counts.length; i++) n += h.counts[i]!;
  return n;
}

/** The largest distance any row's value was moved by the grid: 0 when exact. */
export function valueShift(h: ValueHistogram): number {
  if (!h.isGrid || h.values.length === 0) return 0;
  return valueGridShift(Math.max(Math.abs(h.values[0]!), Math.abs(h.values[h.values.length - 1]!)));
}
