import { emptyValueHistogram, mergeValueHistograms, sumValueHistograms, type ValueHistogram } from './value-histogram.js';
import type { GroupTally } from './types.js';

type ValueField = 'outcome' | 'scores';
const VALUE_FIELDS: readonly ValueField[] = ['outcome', 'scores'];

/**
 * The value maps of the sum of two tallies: a map is kept where either side
 * has it (a side without it has no such rows: the empty tally a sum starts
 * from, or a run without the column).
 */
export function mergedValues(a: GroupTally, b: GroupTally): Partial<Record<ValueField, ValueHistogram>> {
  const out: Partial<Record<ValueField, ValueHistogram>> = {};
  for (const f of VALUE_FIELDS) {
    const x = a[f];
    const y = b[f];
    if (x || y) out[f] = mergeValueHistograms(x ?? emptyValueHistogram(), y ?? emptyValueHistogram());
  }
  return out;
}

/** The value maps of the sum of many tallies, each summed in one step. */
export function summedValues(tallies: readonly GroupTally[]): Partial<Record<ValueField, ValueHistogram>> {
  const out: Partial<Record<ValueField, ValueHistogram>> = {};
  for (const f of VALUE_FIELDS) {
    const present = tallies.flatMap((t) => (t[f] ? [t[f]] : []));
    if (present.length > 0) out[f] = sumValueHistograms(present);
  }
  return out;
}
