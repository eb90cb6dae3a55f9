import type { MissingMode } from '../model/config.js';
import { createColumnarFold } from './columnar-fold.js';
import type { Observation } from './tally.js';
import type { AttributeSpec, TallyTable } from './types.js';
import type { BootstrapSettings } from '../model/vocabulary.js';
import type { Capabilities } from '../model/capabilities.js';

/** An attribute and the record positions of its columns. */
export interface BoundAttribute {
  spec: AttributeSpec;
  indices: readonly number[];
}

export interface FoldOptions {
  capabilities: Capabilities;
  bins: number;
  missing: MissingMode;
  attributes: readonly BoundAttribute[];
  /** opt-in Poisson bootstrap of ece and brier (needs score and label); off when absent */
  bootstrap?: BootstrapSettings | null;
  /**
   * 0-based index of this input's first data row in the whole data set: the
   * bootstrap weights of a row depend on its index, so a shard that passes its
   * offset gets the same replicates as one run over the concatenated data.
   */
  rowOffset?: number;
  /** the budget of the exact value maps in bytes (exact-limit.ts); the default 64 MB when absent */
  exactBytes?: number;
}

/** The streaming fold: rows in, one TallyTable out. Memory grows with groups, never with rows. */
export interface Fold {
  /** a row that was read but left out of the audit, with the reason */
  drop(reason: string): void;
  add(fields: readonly string[], o: Observation): void;
  finish(): TallyTable;
}

/**
 * The fold over string fields (for in-memory rows and tests): trims each group
 * cell, numbers it, and hands the ids to the same columnar fold the CSV
 * scanner feeds, so both paths share one implementation.
 */
export function createFold(options: FoldOptions): Fold {
  const recordIndices = [...new Set(options.attributes.flatMap((a) => a.indices))];
  const fold = createColumnarFold({
    capabilities: options.capabilities,
    bins: options.bins,
    missing: options.missing,
    attributes: options.attributes.map((a) => ({ spec: a.spec, columns: a.indices.map((i) => recordIndices.indexOf(i)) })),
    columnCount: recordIndices.length,
    bootstrap: options.bootstrap ?? null,
    rowOffset: options.rowOffset ?? 0,
    ...(options.exactBytes !== undefined ? { exactBytes: options.exactBytes } : {}),
  });
  const ids = new Int32Array(recordIndices.length);
  return {
    drop: (reason) => fold.drop(reason),
    add(fields, o) {
      recordIndices.forEach((index, column) => {
        ids[column] = fold.valueId(column, (fields[index] ?? '').trim());
      });
      fold.add(ids, o);
    },
    finish: () => fold.finish(),
  };
}
