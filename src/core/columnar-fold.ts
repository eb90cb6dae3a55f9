import type { MissingMode } from '../model/config.js';
import { createWeightSource } from '../stats/poisson-weights.js';
import { createGroupStore, type GroupStore, type StoreBootstrap } from './group-store.js';
import { emptyContribution, setContribution, type RowContribution } from './row-contribution.js';
import { sumTallies, type Observation } from './tally.js';
import { createTupleIds, type TupleIds } from './tuple-ids.js';
import { rollUp, rollupSource } from './attribute-rollup.js';
import { finestGroups } from './finest-groups.js';
import type { AttributeSpec, AttributeTally, GroupEntry, TallyTable } from './types.js';
import { keyOfCells } from './group-key.js';
import { createDependencyTracker } from './column-dependencies.js';
import type { BootstrapSettings } from '../model/vocabulary.js';
import type { Capabilities } from '../model/capabilities.js';
import { createExactBudget } from './exact-budget.js';
import { budgetBytes, DEFAULT_EXACT_MEMORY_MB } from './exact-limit.js';
import { applyExactLimit } from './apply-exact-limit.js';
import { createClassDictionary } from './class-store.js';

/** An attribute and the positions of its columns in the value-id vector. */
export interface ColumnarAttribute {
  spec: AttributeSpec;
  columns: readonly number[];
}

export interface ColumnarFoldOptions {
  capabilities: Capabilities;
  bins: number;
  missing: MissingMode;
  attributes: readonly ColumnarAttribute[];
  /** length of the value-id vector: the distinct group columns */
  columnCount: number;
  /** opt-in Poisson bootstrap of ece and brier (needs score and label) */
  bootstrap?: BootstrapSettings | null;
  /** index of this input's first data row in the whole data set (the bootstrap weights depend on it) */
  rowOffset?: number;
  /** the budget of the exact value maps, in bytes (exact-limit.ts); the default 64 MB when absent */
  exactBytes?: number;
}

/**
 * The streaming fold over value ids: each group column's trimmed values are
 * numbered once (`valueId`, 0 = empty cell), and a row is a vector of those
 * ids plus its observation. Memory grows with distinct values and groups,
 * never with rows, and a row allocates nothing.
 */
export interface ColumnarFold {
  valueId(column: number, trimmed: string): number;
  add(ids: Int32Array, o: Observation): void;
  /** a row that was read but left out of the audit, with the reason */
  drop(reason: string): void;
  finish(): TallyTable;
}

const MISSING_ID = 0;

export function createColumnarFold(options: ColumnarFoldOptions): ColumnarFold {
  const { bins, missing, attributes } = options;
  const boot = storeBootstrap(options);
  const dictionaries = Array.from({ length: options.columnCount }, () => ({ ids: new Map<string, number>([['', MISSING_ID]]), values: [''] }));
  const exactBytes = options.exactBytes ?? budgetBytes(DEFAULT_EXACT_MEMORY_MB);
  const caps = options.capabilities;
  const classes = caps.hasClasses === true ? createClassDictionary() : undefined;
  const maps = { budget: createExactBudget(exactBytes), kinds: { outcome: caps.hasOutcome === true, scores: caps.hasScore && !caps.hasLabel }, candidate: caps.hasCandidate === true, consent: caps.hasConsent === true, ...(classes ? { classes } : {}) };
  const stores = attributes.map(() => createGroupStore(bins, boot?.store, maps));
  const tuples: (TupleIds | null)[] = attributes.map((a) => (a.columns.length > 1 ? createTupleIds(a.columns.length) : null));
  const excluded = attributes.map(() => 0);
  // Under `--missing group` every row is in one group of the first attribute, so the population is their sum.
  const overall: GroupStore | null = missing === 'group' && attributes.length > 0 ? null : createGroupStore(bins, boot?.store, maps);
  const rowsDropped: Record<string, number> = {};
  // which audited columns nest in which (county in state): relations small-cell suppression must respect
  const dependencies = createDependencyTracker(options.columnCount);
  let rowsRead = 0;
  const row: RowContribution = emptyContribution();
  const fine = finestGroups({ attributes, columnCount: options.columnCount, missing, stores, tuples, groupOf: (a, ids) => groupOf(a, ids) }, bins, maps);
  // The maps of a one-column attribute are summed from an intersection's groups by `finish`; the others' are added row by row.
  const rollups = attributes.map((a) => rollupSource(attributes, a, options.missing, options.bootstrap));
  const hasMaps = (caps.hasScore && caps.hasLabel) || maps.kinds.outcome || maps.kinds.scores;
  const mapped = hasMaps ? attributes.flatMap((_, a) => (rollups[a] === null && a !== fine.cover ? [a] : [])) : [];

  // The opt-in bootstrap, apart from the hot loop above: weights of this row, then each of its groups.
  const addReplicates = (rowIndex: number, ids: Int32Array) => {
    boot!.draw(rowIndex);
    overall?.addReplicates(0, row);
    for (let a = 0; a < attributes.length; a++) {
      const g = groupOf(a, ids);
      if (g >= 0) stores[a]!.addReplicates(g, row);
    }
  };

  const groupOf = (a: number, ids: Int32Array): number => {
    const { columns } = attributes[a]!;
    if (missing === 'drop') for (const c of columns) if (ids[c] === MISSING_ID) return -1;
    return tuples[a] === null ? ids[columns[0]!]! : tuples[a]!.idOf(ids, columns);
  };

  return {
    valueId(column, trimmed) {
      const d = dictionaries[column]!;
      let id = d.ids.get(trimmed);
      if (id === undefined) d.ids.set(trimmed, (id = d.values.push(trimmed) - 1));
      return id;
    },
    add(ids, o) {
      rowsRead += 1;
      setContribution(row, o, bins);
      if (classes) row.classId = o.decisionClass == null ? -1 : classes.idOf(o.decisionClass);
      dependencies.observe(ids);
      fine.add(ids, row);
      if (hasMaps) overall?.addMaps(0, row);
      for (let i = 0; i < mapped.length; i++) {
        const a = mapped[i]!;
        const g = fine.groupOf(a, ids);
        if (g >= 0) stores[a]!.addMaps(g, row);
      }
      if (boot) addReplicates(rowsRead - 1, ids);
    },
    drop(reason) {
      rowsRead += 1;
      rowsDropped[reason] = (rowsDropped[reason] ?? 0) + 1;
    },
    finish() {
      fine.sumInto(overall, (a, rows) => (excluded[a]! += rows));
      rollUp(rollups, stores, tuples);
      const tallies: AttributeTally[] = attributes.map((a, i) => {
        const valuesOf = (g: number) => (tuples[i] === null ? [g] : tuples[i]!.tuple(g)).map((id, k) => dictionaries[a.columns[k]!]!.values[id]!);
        const groups = collectGroups(stores[i]!, valuesOf);
        const total = sumTallies([...groups.values()].map((g) => g.tally), bins);
        return { spec: a.spec, groups, total, rowsExcluded: excluded[i]! };
      });
      const population = overall ? overall.tally(0) : tallies[0]!.total;
      const names: string[] = [];
      for (const a of attributes) a.columns.forEach((c, k) => (names[c] = a.spec.columns[k]!));
      const found = dependencies.finish(names, dictionaries.map((d) => d.values));
      return applyExactLimit({ capabilities: options.capabilities, bins, attributes: tallies, overall: population, rowsRead, rowsUsed: population.n, rowsDropped: sortedKeys(rowsDropped), exactBytes, dependencies: found });
    },
  };
}

/** The bootstrap's replicate weights, drawn per row by its index in the whole data set; undefined when off. */
function storeBootstrap(options: ColumnarFoldOptions): { store: StoreBootstrap; draw(rowIndex: number): void } | undefined {
  const settings = options.bootstrap;
  if (!settings || !options.capabilities.hasScore || !options.capabilities.hasLabel) return undefined;
  const source = createWeightSource(settings.seed, settings.replicates);
  const store: StoreBootstrap = { replicates: settings.replicates, weights: new Uint8Array(settings.replicates) };
  const offset = options.rowOffset ?? 0;
  return { store, draw: (rowIndex) => source.fill(offset + rowIndex, store.weights) };
}

/** Drop reasons in a fixed order, however the rows were split (so reports are identical). */
export function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Group entries by key: distinct value tuples have distinct keys (group-key.ts), so no two groups are ever merged. */
function collectGroups(store: GroupStore, valuesOf: (g: number) => string[]): Map<string, GroupEntry> {
  const groups = new Map<string, GroupEntry>();
  for (let g = 0; g < store.size; g++) {
    const tally = store.tally(g);
    if (tally.n === 0) continue;
    const { key, values } = keyOfCells(valuesOf(g));
    groups.set(key, { key, values, tally });
  }
  return groups;
}
