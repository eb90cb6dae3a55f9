import { attributeColumns } from '../config/resolve-config.js';
import type { AuditConfig } from '../config/types.js';
import { createColumnarFold, type ColumnarFold } from '../core/columnar-fold.js';
import type { Observation } from '../core/tally.js';
import type { TallyTable } from '../core/types.js';
import { capabilitiesOf } from '../core/capabilities.js';
import { createByteInterner, type ByteInterner } from './byte-interner.js';
import { columnIndex } from './columns.js';
import { parseSimpleDecimal } from './decimal-bytes.js';
import { createRowRules, type BinaryCode, type BinaryColumn, type RowRules } from './decode-row.js';
import { ll144ColumnHint } from '../presets/ll144-section.js';
import { createRankReader, type RankLists } from '../ranking/rank-reader.js';
import type { SelectionSummary } from '../report/audit-result.js';
import { decisionOf } from '../selection/cutoff.js';
import { createIdentifierScan, SAMPLE_ROWS, type IdentifierColumn } from '../privacy/identifier-columns.js';
import { droppedRowError } from './dropped-row.js';
import { fieldText, type CsvRecord } from './scan-csv.js';

/** Scanned records straight into the fold: only the needed cells are looked at, each distinct value decoded once. */
export interface RecordTally {
  onRecord(record: CsvRecord): void;
  finish(): TallyTable;
  readonly rules: RowRules;
  /** records seen (for progress) */
  readonly rows: number;
  /** columns that look like direct identifiers (by header, or by the values of the first rows seen) */
  identifiers(): IdentifierColumn[];
  /** rows and largest rank per ranked list (runs with a rank column) */
  rankLists(): RankLists | undefined;
}

export interface RecordTallyOptions {
  /** the score cut-off found by a first pass (`--top-k`, `--top-percent`, the ll144 median) */
  selection?: SelectionSummary;
  /** that first pass: each used row's score goes here instead of into the statistics */
  onScore?: (score: number) => void;
}

/** Header positions the audit reads: decision, score, outcome, rank, list and every group column (the identifier scan skips them). */
function usedColumns(header: readonly string[], config: Readonly<AuditConfig>, file: string): Set<number> {
  const { prediction, score, label, rank, list } = config.columns;
  const names = [prediction, score, label, rank, list, ...config.groups.flatMap(attributeColumns)].filter((c) => c !== undefined);
  return new Set(names.map((c) => groupColumnIndex(header, c, config, file)));
}

/** A column's position; a missing ll144 sex or race column says how to map it. */
function groupColumnIndex(header: readonly string[], column: string, config: Readonly<AuditConfig>, file: string): number {
  return ll144ColumnHint(config, column, () => columnIndex(header, column, file));
}

/** A record's cell as an interned id (the text decides; see byte-interner.ts). */
function cellId(interner: ByteInterner, r: CsvRecord, index: number): number {
  if (r.hasQuoted && r.quoted[index] != null) return interner.idOfText(r.quoted[index]!);
  return interner.idOfBytes(r.buf, r.starts[index]!, r.ends[index]!);
}

/** rawId → meaning, computed the first time an id is seen (−1 = not yet). */
function lazyTable(compute: (id: number) => number): (id: number) => number {
  let table = new Int32Array(64).fill(-1);
  return (id) => {
    if (id >= table.length) {
      const grown = new Int32Array(Math.max(2 * table.length, id + 1)).fill(-1);
      grown.set(table);
      table = grown;
    }
    const known = table[id]!;
    return known >= 0 ? known : (table[id] = compute(id));
  };
}

export function createRecordTally(header: readonly string[], config: Readonly<AuditConfig>, file: string, options: RecordTallyOptions = {}): RecordTally {
  const rules = createRowRules(header, config, file, options.selection && decisionOf(options.selection));
  const ranks = createRankReader(header, config, file);
  const groupIndices = [...new Set(config.groups.flatMap((g) => attributeColumns(g).map((c) => groupColumnIndex(header, c, config, file))))];
  const fold: ColumnarFold = createColumnarFold({
    capabilities: capabilitiesOf(config),
    bins: config.bins,
    missing: config.missing,
    attributes: config.groups.map((name) => {
      const columns = attributeColumns(name);
      return { spec: { name, columns }, columns: columns.map((c) => groupIndices.indexOf(groupColumnIndex(header, c, config, file))) };
    }),
    columnCount: groupIndices.length,
    bootstrap: config.bootstrap,
  });
  const interners = new Map<number, ByteInterner>();
  const internerOf = (index: number) => interners.get(index) ?? interners.set(index, createByteInterner()).get(index)!;
  const groupCells = groupIndices.map((index, column) => {
    const interner = internerOf(index);
    return { index, interner, valueOf: lazyTable((id) => fold.valueId(column, interner.text(id).trim())) };
  });
  const binary = (column: BinaryColumn | undefined) => {
    if (!column) return undefined;
    const interner = internerOf(column.index);
    return { index: column.index, interner, codeOf: lazyTable((id) => rules.classify(column, interner.text(id))) };
  };
  const prediction = binary(rules.prediction);
  const label = binary(rules.label);
  const ids = new Int32Array(groupIndices.length);
  const observation: Observation = { decision: null, label: null, score: null };
  let current: CsvRecord;
  let rows = 0;
  const scan = createIdentifierScan(header, usedColumns(header, config, file));
  const codeOf = (cell: typeof prediction) => (cell ? (cell.codeOf(cellId(cell.interner, current, cell.index)) as BinaryCode) : null);

  const readScore = (): number | null => {
    const r = current;
    const i = rules.scoreIndex;
    if (!(r.hasQuoted && r.quoted[i] != null)) {
      const s = parseSimpleDecimal(r.buf, r.starts[i]!, r.ends[i]!);
      if (s >= 0 && (s <= 1 || !rules.isProbabilityRequired)) return s;
    }
    const text = (r.hasQuoted && r.quoted[i] != null ? r.quoted[i]! : r.buf.toString('utf8', r.starts[i], r.ends[i])).trim();
    return text === '' ? null : rules.parseScore(text, r.line);
  };

  return {
    rules,
    get rows() {
      return rows;
    },
    identifiers: () => scan.finish(),
    rankLists: () => ranks?.lists,
    onRecord(record) {
      current = record;
      // The identifier scan looks at the first rows only: strings for those, never after.
      if (rows++ < SAMPLE_ROWS) scan.add(Array.from({ length: record.fieldCount }, (_, i) => fieldText(record, i)));
      let status = rules.decode(codeOf(prediction), codeOf(label), readScore, record.line, observation);
      if (status === 'ok' && ranks) status = ranks.read(fieldText(record, ranks.rankIndex), ranks.listIndex < 0 ? '' : fieldText(record, ranks.listIndex), record.line, observation);
      if (status === 'ok' && options.onScore) options.onScore(observation.score!);
      else if (status === 'ok') {
        for (let j = 0; j < groupCells.length; j++) {
          const cell = groupCells[j]!;
          ids[j] = cell.valueOf(cellId(cell.interner, record, cell.index));
        }
        fold.add(ids, observation);
      } else if (status !== 'invalid') {
        if (config.strict) throw droppedRowError(status, record.line, file, config);
        fold.drop(status);
      }
    },
    finish: () => fold.finish(),
  };
}
