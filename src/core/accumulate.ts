import type { MissingMode } from '../config/types.js';
import { addToBootstrap, emptyBootstrapTally, type BootstrapSettings } from '../stats/bootstrap.js';
import { createWeightSource } from '../stats/poisson-weights.js';
import { binOf } from './calibration-bins.js';
import { addObservation, emptyTally, sumTallies, type Observation } from './tally.js';
import type { AttributeSpec, AttributeTally, Capabilities, GroupEntry, GroupTally, TallyTable } from './types.js';
import { MISSING_GROUP } from './types.js';

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
}

/** The streaming fold: rows in, one TallyTable out. Memory grows with groups, never with rows. */
export interface Fold {
  /** a row that was read but left out of the audit, with the reason */
  drop(reason: string): void;
  add(fields: readonly string[], o: Observation): void;
  finish(): TallyTable;
}

export function createFold(options: FoldOptions): Fold {
  const { bins, missing } = options;
  const boot = bootstrapper(options);
  const newTally = () => (boot ? boot.tally() : emptyTally(bins));
  const overall = newTally();
  const rowsDropped: Record<string, number> = {};
  let rowsRead = 0;
  const attributes: AttributeTally[] = options.attributes.map((a) => ({
    spec: a.spec,
    groups: new Map<string, GroupEntry>(),
    total: emptyTally(bins),
    rowsExcluded: 0,
  }));

  const addToAttribute = (a: number, fields: readonly string[], o: Observation) => {
    const { indices } = options.attributes[a]!;
    const target = attributes[a]!;
    const values: string[] = [];
    for (const index of indices) {
      const value = (fields[index] ?? '').trim();
      if (value === '') {
        if (missing === 'drop') {
          target.rowsExcluded += 1;
          return;
        }
        values.push(MISSING_GROUP);
      } else values.push(value);
    }
    const key = values.length === 1 ? values[0]! : values.join('|');
    let entry = target.groups.get(key);
    if (!entry) target.groups.set(key, (entry = { key, values, tally: newTally() }));
    addObservation(entry.tally, o);
    boot?.add(entry.tally, o);
  };

  return {
    drop(reason) {
      rowsRead += 1;
      rowsDropped[reason] = (rowsDropped[reason] ?? 0) + 1;
    },
    add(fields, o) {
      rowsRead += 1;
      boot?.draw(rowsRead - 1);
      addObservation(overall, o);
      boot?.add(overall, o);
      for (let a = 0; a < attributes.length; a++) addToAttribute(a, fields, o);
    },
    finish() {
      const rowsUsed = overall.n;
      // An attribute's population is the sum of its groups: cheaper than a second tally per row.
      for (const a of attributes) a.total = sumTallies([...a.groups.values()].map((g) => g.tally), bins);
      return { capabilities: options.capabilities, bins, attributes, overall, rowsRead, rowsUsed, rowsDropped };
    },
  };
}

interface Bootstrapper {
  tally(): GroupTally;
  /** draws the replicate weights of the row at this index of the input */
  draw(rowIndex: number): void;
  add(t: GroupTally, o: Observation): void;
}

/** The bootstrap side of the fold, or undefined when it is off: then the fold pays one check per row. */
function bootstrapper(options: FoldOptions): Bootstrapper | undefined {
  const settings = options.bootstrap;
  if (!settings || !options.capabilities.hasScore || !options.capabilities.hasLabel) return undefined;
  const { bins } = options;
  const source = createWeightSource(settings.seed, settings.replicates);
  const weights = new Uint8Array(settings.replicates);
  const offset = options.rowOffset ?? 0;
  return {
    tally: () => ({ ...emptyTally(bins), bootstrap: emptyBootstrapTally(settings.replicates, bins) }),
    draw: (rowIndex) => source.fill(offset + rowIndex, weights),
    add(t, o) {
      if (o.score === null || o.label === null) return;
      addToBootstrap(t.bootstrap!, weights, o.score, o.label, binOf(o.score, bins));
    },
  };
}
