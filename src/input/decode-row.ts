import type { AuditConfig } from '../config/types.js';
import type { Observation } from '../core/tally.js';
import { InputError } from '../errors.js';
import { listNames } from '../util/suggest.js';
import { makeBinaryDecoder, type BinaryDecoder } from './binary-values.js';
import { columnIndex } from './columns.js';

/** Why a row was left out of the whole audit (empty cells only; bad values are errors). */
export type DropReason = 'missing_prediction' | 'missing_label' | 'missing_score';
export type DecodeStatus = 'ok' | DropReason | 'invalid';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_LISTED_VALUES = 20;

interface BinaryColumn {
  role: 'prediction' | 'label';
  name: string;
  index: number;
  decode: BinaryDecoder;
  positives: readonly string[] | null;
  flag: string;
}

interface InvalidValues {
  column: BinaryColumn;
  firstLine: number;
  rows: number;
}

/** Turns raw CSV fields into an Observation; one per run, built from the header. */
export interface RowDecoder {
  decode(fields: readonly string[], line: number, out: Observation): DecodeStatus;
  /**
   * Throws the InputError for values that were neither positive nor negative,
   * listing what the column holds; otherwise returns the listed positive values
   * that never occurred (a likely typo in --prediction-positive / --label-positive).
   */
  finish(): string[];
}

function binaryColumn(role: BinaryColumn['role'], name: string | undefined, header: readonly string[], file: string, positive: string[] | null): BinaryColumn | undefined {
  if (name === undefined) return undefined;
  const flag = role === 'prediction' ? '--prediction-positive' : '--label-positive';
  return { role, name, index: columnIndex(header, name, file), decode: makeBinaryDecoder(positive), positives: positive, flag };
}

export function createRowDecoder(header: readonly string[], config: Readonly<AuditConfig>, file: string): RowDecoder {
  const prediction = binaryColumn('prediction', config.columns.prediction, header, file, config.predictionPositive);
  const label = binaryColumn('label', config.columns.label, header, file, config.labelPositive);
  const scoreName = config.columns.score;
  const scoreIndex = scoreName === undefined ? -1 : columnIndex(header, scoreName, file);
  const { threshold } = config;
  // Scores feed calibration (ece, brier) when there is a label: they must then be probabilities.
  const isProbabilityRequired = label !== undefined;
  let invalid: InvalidValues | undefined;
  const seen = new Map<BinaryColumn, Set<string>>();

  const remember = (column: BinaryColumn, value: string) => {
    let values = seen.get(column);
    if (!values) seen.set(column, (values = new Set()));
    if (values.size < MAX_LISTED_VALUES) values.add(value);
  };

  const readBinary = (column: BinaryColumn, fields: readonly string[], line: number): 0 | 1 | null | 'invalid' => {
    const raw = fields[column.index] ?? '';
    if (raw.trim() === '') return null;
    const v = column.decode(raw);
    remember(column, raw.trim());
    if (v !== undefined) return v;
    if (!invalid) invalid = { column, firstLine: line, rows: 0 };
    if (invalid.column === column) invalid.rows += 1;
    return 'invalid';
  };

  const readScore = (fields: readonly string[], line: number): number | null => {
    const raw = (fields[scoreIndex] ?? '').trim();
    if (raw === '') return null;
    if (!NUMBER.test(raw)) {
      throw new InputError(file, line, `score "${raw}" in column "${scoreName}" is not a number; expected a probability between 0 and 1 (e.g. 0.37)`);
    }
    const s = Number(raw);
    if (isProbabilityRequired && (s < 0 || s > 1)) {
      throw new InputError(file, line, `score ${raw} in column "${scoreName}" is outside [0, 1]; calibration metrics need a probability — rescale the scores, or audit without --label`);
    }
    return s;
  };

  const unusedPositives = (): string[] =>
    [prediction, label].flatMap((column) => {
      if (!column?.positives) return [];
      const values = seen.get(column) ?? new Set<string>();
      // When the column has more distinct values than we keep, absence proves nothing.
      if (values.size >= MAX_LISTED_VALUES) return [];
      return column.positives
        .filter((p) => !values.has(p))
        .map((p) => `${column.flag} lists "${p}", which never occurs in column "${column.name}" (values found: ${listNames([...values])})`);
    });

  return {
    decode(fields, line, out) {
      const d = prediction ? readBinary(prediction, fields, line) : null;
      const y = label ? readBinary(label, fields, line) : null;
      if (d === 'invalid' || y === 'invalid') return 'invalid';
      const s = scoreIndex >= 0 ? readScore(fields, line) : null;
      if (prediction && d === null) return 'missing_prediction';
      if (label && y === null) return 'missing_label';
      if (scoreIndex >= 0 && s === null) return 'missing_score';
      out.decision = threshold !== null ? (s! >= threshold ? 1 : 0) : d;
      out.label = y;
      out.score = s;
      return 'ok';
    },
    finish() {
      if (!invalid) return unusedPositives();
      const { column, firstLine, rows } = invalid;
      const values = [...(seen.get(column) ?? [])];
      const hint = `; say which values are positive with ${column.flag} <values>, e.g. ${column.flag} ${JSON.stringify(values[0] ?? 'yes')}`;
      throw new InputError(
        file,
        firstLine,
        `${column.role} column "${column.name}" has values that are neither positive (1, true, yes) nor negative (0, false, no) in ${rows} row(s); values found: ${listNames(values)}${hint}`,
      );
    },
  };
}
