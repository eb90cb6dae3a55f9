import { talliedAttributes } from '../../model/split-attributes.js';
import { createPeriodColumn } from './period-column.js';
import type { AuditConfig } from '../../model/config.js';
import { createColumnarFold, type ColumnarFold } from '../../core/columnar-fold.js';
import type { Observation } from '../../core/tally.js';
import type { TallyTable } from '../../core/types.js';
import { capabilitiesOf } from '../../model/capabilities.js';
import { budgetBytes } from '../../core/exact-limit.js';
import { createByteInterner, type ByteInterner } from '../decode/byte-interner.js';
import { columnIndex } from '../decode/columns.js';
import { parseSimpleDecimal } from '../decode/decimal-bytes.js';
import { createRowRules, EMPTY, type BinaryCode, type RowRules } from '../decode/decode-row.js';
import { countValue } from '../decode/decoder-facts.js';
import { createBander } from '../../core/value-bands.js';
import { ll144ColumnHint } from '../decode/ll144-column-hint.js';
import { createRankReader, type RankLists } from '../decode/rank-reader.js';
import { createOutcomeReader } from '../decode/outcome-reader.js';
import { createConsentColumn } from '../decode/consent-reader.js';
import { createCandidateReader } from '../decode/candidate-reader.js';
import { createClassReader } from '../decode/class-reader.js';
import { decisionOf } from './score-cutoff.js';
import { createIdentifierScan, SAMPLE_ROWS, type IdentifierColumn } from '../decode/identifier-columns.js';
import { droppedRowError } from '../decode/dropped-row.js';
import { invalidUtf8At, notUtf8Message } from '../csv/utf8-check.js';
import { InputError } from '../../model/errors.js';
import type { SelectionSummary } from '../../model/sections.js';
import { fieldText, type CsvRecord } from '../csv/csv-record.js';
import type { BinaryColumn } from '../decode/binary-values.js';
import { entryIds } from './entry-ids.js';

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
export function usedColumns(header: readonly string[], config: Readonly<AuditConfig>, file: string): Set<number> {
  const { prediction, score, label, rank, list, outcome, consent, candidate, decision } = config.columns;
  const names = [prediction, score, label, rank, list, outcome, consent, candidate, decision, ...talliedAttributes(config).flatMap((a) => a.columns)].filter((c) => c !== undefined);
  return new Set(names.map((c) => groupColumnIndex(header, c, config, file)));
}

/** A column's position; a missing ll144 sex or race column says how to map it. */
function groupColumnIndex(header: readonly string[], column: string, config: Readonly<AuditConfig>, file: string): number {
  return ll144ColumnHint(config, column, () => columnIndex(header, column, file));
}

/** A record's cell as an interned id (the text decides; see byte-interner.ts); bytes that are not UTF-8 go to `notUtf8`. */
function cellId(interner: ByteInterner, r: CsvRecord, index: number, notUtf8: (byte: number) => never): number {
  if (r.hasQuoted && r.quoted[index] != null) {
    const text = r.quoted[index]!;
    const at = text.includes('\uFFFD') ? invalidUtf8At(r.buf, r.starts[index]!, r.ends[index]!) : -1;
    if (at >= 0) notUtf8(r.buf[at]!);
    return interner.idOfText(text);
  }
  return interner.idOfBytes(r.buf, r.starts[index]!, r.ends[index]!);
}

/**
 * A group column's cells as their band (`--bins age=18,25,…`), or as written
 * for a column without bands; a cell that is not a number has no band: an
 * input error at its line and column.
 */
function bandReader(header: readonly string[], index: number, config: Readonly<AuditConfig>, file: string, line: () => number): (cell: string) => string {
  const edges = config.bands[header[index]!];
  if (!edges) return (cell) => cell;
  const bander = createBander(edges);
  return (cell) => {
    const band = bander(cell);
    if (band !== undefined) return band;
    throw new InputError(file, line(), `${JSON.stringify(cell)} is not a number, so it falls in none of the bands of --bins ${header[index]}=${edges.join(',')}; clean the column, or leave it out of --bins`, {
      column: { number: index + 1, name: header[index]! },
    });
  };
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
  const outcome = createOutcomeReader(header, config, file);
  const consentColumn = createConsentColumn(header, config, file);
  const candidate = createCandidateReader(header, config, file);
  const classes = createClassReader(header, config, file);
  const tallied = talliedAttributes(config);
  const groupIndices = [...new Set(tallied.flatMap((a) => a.columns.map((c) => groupColumnIndex(header, c, config, file))))];
  const fold: ColumnarFold = createColumnarFold({
    capabilities: capabilitiesOf(config),
    bins: config.bins,
    missing: config.missing,
    attributes: tallied.map((spec) => ({ spec, columns: spec.columns.map((c) => groupIndices.indexOf(groupColumnIndex(header, c, config, file))) })),
    columnCount: groupIndices.length,
    bootstrap: config.bootstrap,
    exactBytes: budgetBytes(config.exactMemoryMB),
  });
  let current: CsvRecord;
  const column = (index: number) => ({ column: { number: index + 1, name: header[index]! } });
  const notUtf8 = (index: number) => (byte: number): never => {
    throw new InputError(file, current.line, notUtf8Message(byte), column(index));
  };
  const interners = new Map<number, { interner: ByteInterner; notUtf8: (byte: number) => never }>();
  const internerOf = (index: number) => {
    if (!interners.has(index)) interners.set(index, { interner: createByteInterner(notUtf8(index)), notUtf8: notUtf8(index) });
    return interners.get(index)!;
  };
  const groupCells = groupIndices.map((index, k) => {
    const { interner, notUtf8 } = internerOf(index);
    const band = bandReader(header, index, config, file, () => current.line);
    const idOf = entryIds(index, (r) => cellId(interner, r, index, notUtf8));
    return { index, idOf, valueOf: lazyTable((id) => fold.valueId(k, band(interner.text(id).trim()))) };
  });
  // The period column's cells become their window's label, read in place (timestamps are mostly distinct: none is interned).
  const periodAt = config.period ? groupIndices.indexOf(groupColumnIndex(header, config.period.column, config, file)) : -1;
  const periodOf = config.period && createPeriodColumn(config.period, { file, index: groupIndices[periodAt]!, name: config.period.column }, (label) => fold.valueId(periodAt, label));
  const binary = (role: BinaryColumn | undefined) => {
    if (!role) return undefined;
    const { interner, notUtf8 } = internerOf(role.index);
    const codeOf = lazyTable((id) => rules.classify(role, interner.text(id)));
    // the slot of the cell's value among the listed values, plus one (0: not listed), for the count of its rows
    const slotOf = lazyTable((id) => rules.facts[role.role].values.indexOf(interner.text(id).trim()) + 1);
    const idOf = entryIds(role.index, (r) => cellId(interner, r, role.index, notUtf8));
    return { role: role.role, idOf, codeOf, slotOf };
  };
  // each distinct consent value is read once; the row's code comes from its interned id
  const consent = consentColumn && (() => {
    const { interner, notUtf8 } = internerOf(consentColumn.index);
    const codeOf = lazyTable((id) => consentColumn.code(interner.text(id), current.line));
    return { read: () => codeOf(cellId(interner, current, consentColumn.index, notUtf8)) as 0 | 1 | 2 };
  })();
  // a decision candidate is decided once per distinct cell, a score candidate from its bytes
  const candidateOf = candidate && (() => {
    if (!candidate.isDecision) return () => candidate.readScore(current, observation);
    const { interner, notUtf8 } = internerOf(candidate.index);
    const decisionOf = lazyTable((id) => candidate.decide(interner.text(id).trim(), current.line));
    return () => void (observation.candidate = decisionOf(cellId(interner, current, candidate.index, notUtf8)) as 0 | 1);
  })();
  // a class is trimmed once per distinct cell (class-reader.ts); the text lookup is made once, not per row
  const classOf = classes && (() => {
    const { interner, notUtf8 } = internerOf(classes.index);
    const text = (id: number) => interner.text(id);
    return () => classes.classOf(cellId(interner, current, classes.index, notUtf8), text);
  })();
  const prediction = binary(rules.prediction);
  const label = binary(rules.label);
  const ids = new Int32Array(groupIndices.length);
  const observation: Observation = { decision: null, label: null, score: null };
  let rows = 0;
  const scan = createIdentifierScan(header, usedColumns(header, config, file));
  const codeOf = (cell: typeof prediction): BinaryCode | null => {
    if (!cell) return null;
    const id = cell.idOf(current);
    const code = cell.codeOf(id) as BinaryCode;
    if (code !== EMPTY) countValue(rules.facts, cell.role, cell.slotOf(id) - 1);
    return code;
  };

  const mark = config.decimalComma === true ? 44 : 46;
  const readScore = (): number | null => {
    const r = current;
    const i = rules.scoreIndex;
    const typed = r.numbers?.[i]; // a typed reader's number (Parquet); NaN when the cell is bytes or text
    if (typed !== undefined && typed === typed && Number.isFinite(typed) && ((typed >= 0 && typed <= 1) || !rules.isProbabilityRequired)) return typed;
    if (!(r.hasQuoted && r.quoted[i] != null)) {
      const s = parseSimpleDecimal(r.buf, r.starts[i]!, r.ends[i]!, mark);
      if (s >= 0 && (s <= 1 || !rules.isProbabilityRequired)) return s;
    }
    const text = fieldText(r, i).trim();
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
      if (status === 'ok' && outcome) status = outcome.read(record, observation);
      if (status === 'ok' && consent) observation.consent = consent.read();
      if (status === 'ok' && candidateOf) candidateOf();
      if (status === 'ok' && classOf) {
        observation.decisionClass = classOf();
        if (observation.decisionClass === null) status = 'missing_class';
      }
      if (status === 'ok' && options.onScore) options.onScore(observation.score!);
      else if (status === 'ok') {
        for (let j = 0; j < groupCells.length; j++) {
          if (j === periodAt) {
            ids[j] = periodOf!(record);
            continue;
          }
          const cell = groupCells[j]!;
          ids[j] = cell.valueOf(cell.idOf(record));
        }
        fold.add(ids, observation);
      } else if (status !== 'invalid') {
        if (config.strict) throw droppedRowError(status, record.line, file, config, header);
        fold.drop(status);
      }
    },
    finish: () => fold.finish(),
  };
}
