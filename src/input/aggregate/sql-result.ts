import { z } from 'zod';
import { GRID_CELLS, AUC_GRID_STEP } from '../../core/auc-histogram.js';
import { addExact, exactValue } from '../../core/exact-sum.js';
import { emptyTally, sumTallies } from '../../core/tally.js';
import { sortedKeys } from '../../core/columnar-fold.js';
import { groupKey } from '../../core/group-key.js';
import type { AttributeTally, GroupEntry, GroupTally, TallyTable } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { binaryColumnsOf } from '../decode/decode-row.js';
import { createDecoderFacts, finishDecoding, readBackFacts } from '../decode/decoder-facts.js';
import { createCsvChunkReader } from '../csv/csv-reader.js';
import { toInputError } from '../csv/read-csv.js';
import type { Aggregate } from './aggregate-file.js';
import { fingerprintSchema, type Fingerprint } from './fingerprint.js';
import { fieldText } from '../csv/csv-record.js';
import { exactAucHistogramOf } from '../../core/auc-pairs.js';
import { applyExactLimit } from '../../core/apply-exact-limit.js';
import { budgetBytes } from '../../core/exact-limit.js';
import { talliedAttributes } from '../../model/split-attributes.js';
import { DATE_FORMS } from '../decode/period-cell.js';
import { countOf } from '../../util/plural.js';
import { mergeClassCounts } from '../../core/class-counts.js';
import { checkResultRows, numberOf } from './sql-rows.js';
import { valueHistogramOf } from '../../core/value-histogram.js';
import { addCandidateRow, addConsentRow, extraRefusal, startExtras } from './sql-extra-rows.js';

type Row = Record<string, unknown>;

/** Rows of a query result saved as CSV (with a header), a JSON array or JSON lines; column names lower-cased. */
export function resultRows(text: string, json: unknown, file: string): Row[] {
  const isRecord = (r: unknown): r is Row => typeof r === 'object' && r !== null && !Array.isArray(r);
  const lower = (r: Row) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));
  if (Array.isArray(json)) {
    return json.map((r, i) => {
      if (!isRecord(r)) throw new InputError(file, undefined, `item ${i + 1} of the JSON array is not an object; expected a query result as CSV, a JSON array of rows or JSON lines`);
      return lower(r);
    });
  }
  if (text.trimStart().startsWith('{')) {
    return text.split(/\r?\n/).filter((l) => l.trim() !== '').map((line, i) => {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        row = undefined;
      }
      if (!isRecord(row)) throw new InputError(file, i + 1, 'not a JSON object; expected a query result as CSV, a JSON array or JSON lines (a fairgate aggregate file is one JSON object: is this one cut short?)');
      return lower(row);
    });
  }
  const records: string[][] = [];
  const reader = createCsvChunkReader({ onRecord: (r) => records.push(Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i))) });
  try {
    reader.push(Buffer.from(text, 'utf8'));
    reader.end();
  } catch (error) {
    throw toInputError(file, error);
  }
  const [header, ...data] = records;
  if (!header?.includes('kind')) throw new InputError(file, 1, 'not a fairgate statistics result (no "kind" column); run the query printed by fairgate sql and save its whole result');
  // \N is NULL in ClickHouse's (and MySQL's) CSV; no value of the result is that text
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h.toLowerCase(), r[i] === '\\N' ? null : r[i]])));
}

/** A checked cell (sql-rows.ts) as a number; absent is 0. */
const num = (x: unknown): number => numberOf(x) ?? 0;

function metaOf(rows: Row[], file: string): { fingerprint: Fingerprint; rowsRead: number } {
  const meta = rows.find((r) => r.kind === 'meta');
  if (!meta) throw new InputError(file, undefined, 'no "meta" row: save the whole result of the query printed by fairgate sql');
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(meta.detail));
  } catch {
    parsed = undefined;
  }
  const fingerprint = fingerprintSchema.safeParse(parsed);
  if (!fingerprint.success) throw new InputError(file, undefined, 'the "meta" row does not hold a fairgate fingerprint; was the query edited?');
  return { fingerprint: fingerprint.data, rowsRead: num(meta.n) };
}

/** Refuses what the CSV reader refuses, naming the values (a warehouse has no line numbers). */
function checkRefusals(rows: Row[], fingerprint: Fingerprint, file: string) {
  const listed = (role: 'prediction' | 'label') => rows.filter((x) => x.kind === 'value' && (x.attribute === 'label' ? 'label' : 'prediction') === role);
  const facts = createDecoderFacts();
  for (const role of ['prediction', 'label'] as const) {
    const values = listed(role);
    facts[role] = readBackFacts(values.map((r) => String(r.detail)), values.map((r) => num(r.n)));
  }
  for (const r of rows.filter((x) => x.kind === 'invalid')) {
    const extra = extraRefusal(r, fingerprint, file);
    if (extra) throw extra;
    if (r.attribute === 'period') {
      throw new InputError(file, undefined, `${countOf(num(r.n), 'rows')} ${num(r.n) === 1 ? 'has' : 'have'} a value in the period column "${fingerprint.period?.column}" that is not a date, e.g. "${String(r.detail)}"; the period column holds ${DATE_FORMS}`);
    }
    if (r.attribute === 'outcome') {
      const n = num(r.n);
      throw new InputError(file, undefined, `${countOf(n, 'rows')} ${n === 1 ? 'has' : 'have'} an outcome in column "${fingerprint.outcome}" that is not a number, e.g. ${JSON.stringify(String(r.detail))}; --outcome needs a number per row, such as an offer value or a price (write it without currency signs or thousands separators)`);
    }
    if (r.attribute === 'score') {
      const range = fingerprint.columns.label !== null ? ' or outside [0, 1]' : '';
      const n = num(r.n);
      throw new InputError(file, undefined, `${countOf(n, 'rows')} ${n === 1 ? 'has' : 'have'} a score in column "${fingerprint.columns.score}" that is not a number${range}, e.g. "${String(r.detail)}"; fix the data or leave the label out`);
    }
    const role = r.attribute === 'label' ? 'label' : 'prediction';
    facts[role].invalidRows = num(r.n);
  }
  const { prediction, label } = fingerprint.columns;
  const columns = binaryColumnsOf({
    columns: { ...(prediction !== null ? { prediction } : {}), ...(label !== null ? { label } : {}) },
    predictionPositive: fingerprint.predictionPositive,
    labelPositive: fingerprint.labelPositive,
  });
  return { facts, unused: finishDecoding(columns, facts, file) };
}

function addBinRow(t: GroupTally, r: Row): void {
  for (const f of ['n', 'selected', 'positives', 'tp'] as const) t[f] += num(r[f]);
  addExact(t.exact.sumSquaredError, num(r.sum_squared_error));
  if (r.bin === null || r.bin === undefined || r.bin === '') return;
  const b = num(r.bin);
  addExact(t.exact.binScores[b]!, num(r.sum_score));
  addExact(t.exact.sumScore, num(r.sum_score));
  addExact(t.exact.binSquares[b]!, num(r.sum_score_squared));
  t.bins[3 * b]! += num(r.n);
  t.bins[3 * b + 2]! += num(r.positives);
}

// The exact (score, count) rows of each tally, by label, gathered before the histogram is built once.
const outcomeRows = new WeakMap<GroupTally, [number, number][]>();

function addOutcomeRow(t: GroupTally, r: Row): void {
  if (!outcomeRows.has(t)) outcomeRows.set(t, []);
  outcomeRows.get(t)!.push([num(r.score) + 0, num(r.n)]);
}

const exactRows = new WeakMap<GroupTally, { pos: [number, number][]; neg: [number, number][] }>();

function addAucRow(t: GroupTally, r: Row): void {
  const label = num(r.label);
  if (num(r.grid) === 1) {
    if (t.auc.step === null) t.auc = { step: AUC_GRID_STEP, counts: new Float64Array(2 * GRID_CELLS) };
    t.auc.counts[label * GRID_CELLS + num(r.score)]! += num(r.n);
  } else {
    // added, not set: an engine may group -0 and 0 apart (the same score to JavaScript)
    if (!exactRows.has(t)) exactRows.set(t, { pos: [], neg: [] });
    exactRows.get(t)![label === 1 ? 'pos' : 'neg'].push([num(r.score) + 0, num(r.n)]);
  }
}

/** A group's rows of one class (`detail`); added, as an engine may return a class in two rows. */
function addClassRow(t: GroupTally, r: Row): void {
  t.classes = mergeClassCounts(t.classes, new Map([[String(r.detail ?? ''), num(r.n)]]));
}

function finishTally(t: GroupTally, hasOutcome: boolean): GroupTally {
  if (hasOutcome) t.outcome = valueHistogramOf(outcomeRows.get(t) ?? []);
  const rows = exactRows.get(t);
  if (rows && t.auc.step === null) t.auc = exactAucHistogramOf(rows.pos, rows.neg);
  for (let b = 0; b < t.bins.length / 3; b++) {
    t.bins[3 * b + 1] = exactValue(t.exact.binScores[b]!);
    t.binSquares[b] = exactValue(t.exact.binSquares[b]!);
  }
  t.sumScore = exactValue(t.exact.sumScore);
  t.sumSquaredError = exactValue(t.exact.sumSquaredError);
  return t;
}

/** A warehouse result of `fairgate sql` as an aggregate: the same tables an audit of the data would fold. */
export function sqlResultAggregate(text: string, json: unknown, file: string): Aggregate {
  const rows = resultRows(text, json, file);
  const { fingerprint, rowsRead } = metaOf(rows, file);
  checkResultRows(rows, fingerprint, file);
  const { facts } = checkRefusals(rows, fingerprint, file);
  const { bins } = fingerprint;
  // the audited attributes, then the internal intersections of strata and time windows, as the query keyed them
  const specs = talliedAttributes(fingerprint);
  const arityOf = new Map<string, number>([['', 0], ...specs.map((a): [string, number] => [a.name, a.columns.length])]);
  const groups = new Map<string, Map<string, GroupEntry>>([['', new Map()], ...specs.map((a): [string, Map<string, GroupEntry>] => [a.name, new Map()])]);
  const entry = (r: Row): GroupTally => {
    const attribute = String(r.attribute ?? '');
    const byKey = groups.get(attribute);
    if (!byKey) throw new InputError(file, undefined, `a row for attribute "${attribute}", which the fingerprint does not list`);
    const arity = arityOf.get(attribute)!;
    const values = Array.from({ length: arity }, (_, i) => String(r[`v${i + 1}`] ?? ''));
    const key = groupKey(values);
    if (!byKey.has(key)) {
      const tally = emptyTally(bins);
      startExtras(tally, fingerprint);
      byKey.set(key, { key, values, tally });
    }
    return byKey.get(key)!.tally;
  };
  for (const r of rows) {
    if (r.kind === 'bin') addBinRow(entry(r), r);
    else if (r.kind === 'auc') addAucRow(entry(r), r);
    else if (r.kind === 'class') addClassRow(entry(r), r);
    else if (r.kind === 'outcome') addOutcomeRow(entry(r), r);
    else if (r.kind === 'consent') addConsentRow(entry(r), r);
    else if (r.kind === 'candidate') addCandidateRow(entry(r), r);
  }
  const hasOutcome = (fingerprint.outcome ?? null) !== null;
  const overall = finishTally([...groups.get('')!.values()][0]?.tally ?? emptyTally(bins), hasOutcome);
  const attributes: AttributeTally[] = specs.map(({ name, columns, role, of }) => {
    const byKey = groups.get(name)!;
    for (const g of byKey.values()) finishTally(g.tally, hasOutcome);
    const total = sumTallies([...byKey.values()].map((g) => g.tally), bins);
    const spec = { name, columns, ...(role !== undefined ? { role, of: of ?? null } : {}) };
    return { spec, groups: byKey, total, rowsExcluded: overall.n - total.n };
  });
  const dropped = Object.fromEntries(rows.filter((r) => r.kind === 'dropped').map((r) => [String(r.detail), num(r.n)]));
  const { columns } = fingerprint;
  const table: TallyTable = applyExactLimit({
    capabilities: { hasDecision: columns.prediction !== null || fingerprint.threshold !== null, hasLabel: columns.label !== null, hasScore: columns.score !== null, hasRank: false, hasOutcome, ...(fingerprint.consent ? { hasConsent: true } : {}), ...(fingerprint.candidate !== undefined ? { hasCandidate: true } : {}), ...(fingerprint.decision !== undefined ? { hasClasses: true } : {}) },
    bins,
    attributes,
    overall,
    rowsRead,
    rowsUsed: overall.n,
    rowsDropped: sortedKeys(dropped),
    exactBytes: budgetBytes(fingerprint.exactMemoryMB ?? 0),
  });
  return { tool: { name: 'warehouse', version: '' }, fingerprint, input: { file, sha256: '', bytes: text.length }, table, facts, identifiers: [] };
}
