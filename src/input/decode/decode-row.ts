import type { AuditConfig } from '../../model/config.js';
import type { Observation } from '../../core/tally.js';
import { InputError } from '../../model/errors.js';
import { makeBinaryDecoder, type BinaryColumn } from './binary-values.js';
import { columnIndex } from './columns.js';
import { countValue, createDecoderFacts, finishDecoding, noteInvalid, rememberValue, type DecoderFacts, type UnusedPositive } from './decoder-facts.js';

/** Why a row was left out of the whole audit (empty cells only; bad values are errors); ranks are read in ranking/rank-reader.ts. */
export type DropReason = 'missing_prediction' | 'missing_label' | 'missing_score' | 'missing_rank' | 'missing_list' | 'missing_outcome' | 'missing_class';
export type DecodeStatus = 'ok' | DropReason | 'invalid';

/** A binary cell: 0, 1, empty, or a value that is neither positive nor negative. */
export const EMPTY = 2;
export const INVALID = 3;
export type BinaryCode = 0 | 1 | typeof EMPTY | typeof INVALID;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A number written with a decimal comma: `0,82`, `-1,5`, `,5`. */
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * The decoding rules of one run, built from the header: which cells a row
 * needs and what they mean. The CSV reader classifies each distinct cell
 * value once (`classify`) and hands the codes to `decode`; `createRowDecoder`
 * does the same from string fields. Both share this one definition.
 */
export interface RowRules {
  prediction: BinaryColumn | undefined;
  label: BinaryColumn | undefined;
  /** −1 without a score column */
  scoreIndex: number;
  /** scores must be probabilities (they feed calibration when there is a label) */
  isProbabilityRequired: boolean;
  /**
   * Decodes a binary cell, lists the value for messages and adds `rows` to its
   * count: 1 for a row, 0 where a cell is classified once per distinct value
   * and its rows are counted by the caller (countValue).
   */
  classify(column: BinaryColumn, raw: string, rows?: number): BinaryCode;
  /** a non-empty, trimmed score cell (a decimal comma read as the decimal point when the file writes them); throws the InputError for a value that is not a usable score */
  parseScore(trimmed: string, line: number): number;
  /** the row from its codes; `readScore` (null for an empty cell) is called only when the row is not invalid */
  decode(d: BinaryCode | null, y: BinaryCode | null, readScore: () => number | null, line: number, out: Observation): DecodeStatus;
  readonly facts: DecoderFacts;
}

function binaryColumn(role: BinaryColumn['role'], name: string | undefined, header: readonly string[] | null, file: string, positive: string[] | null): BinaryColumn | undefined {
  if (name === undefined) return undefined;
  const flag = role === 'prediction' ? '--prediction-positive' : '--label-positive';
  return { role, name, index: header ? columnIndex(header, name, file, `--${role}`) : -1, decode: makeBinaryDecoder(positive), positives: positive, flag };
}

/** The binary columns of a config without a header (statistics read from aggregates: for their messages). */
export function binaryColumnsOf(
  config: Pick<AuditConfig, 'columns' | 'predictionPositive' | 'labelPositive'>,
): { prediction: BinaryColumn | undefined; label: BinaryColumn | undefined } {
  return {
    prediction: binaryColumn('prediction', config.columns.prediction, null, '', config.predictionPositive),
    label: binaryColumn('label', config.columns.label, null, '', config.labelPositive),
  };
}

/** The decision from a score: `--threshold`, or a cut-off found by a first pass over the scores (`--top-k`, …). */
export type ScoreDecision = (score: number) => 0 | 1;

export function createRowRules(header: readonly string[], config: Readonly<AuditConfig>, file: string, cutoff?: ScoreDecision): RowRules {
  const prediction = binaryColumn('prediction', config.columns.prediction, header, file, config.predictionPositive);
  const label = binaryColumn('label', config.columns.label, header, file, config.labelPositive);
  const scoreName = config.columns.score;
  const { threshold } = config;
  const decide: ScoreDecision | undefined = threshold !== null ? (s) => (s >= threshold ? 1 : 0) : cutoff;
  const facts = createDecoderFacts();
  const isProbabilityRequired = label !== undefined;
  const scoreIndex = scoreName === undefined ? -1 : columnIndex(header, scoreName, file, '--score');
  const isDecimalComma = config.decimalComma === true;
  const example = isDecimalComma ? '0,37' : '0.37';
  const decimalHint = (written: string) => (!isDecimalComma && DECIMAL_COMMA.test(written) ? '; if the file writes decimal commas, say so with --decimal-comma' : '');
  return {
    prediction,
    label,
    scoreIndex,
    isProbabilityRequired,
    facts,
    classify(column, raw, rows = 0) {
      const trimmed = raw.trim();
      if (trimmed === '') return EMPTY;
      countValue(facts, column.role, rememberValue(facts, column.role, trimmed), rows);
      // `1,0` is the number 1 in a file with decimal commas (a set of positive values is matched exactly)
      const value = isDecimalComma && column.positives === null && DECIMAL_COMMA.test(trimmed) ? trimmed.replace(',', '.') : raw;
      const code = column.decode(value) ?? INVALID;
      if (code === 1 && column.positives) facts[column.role].matched = true;
      return code;
    },
    parseScore(written, line) {
      const at = { column: { number: scoreIndex + 1, name: header[scoreIndex]! } };
      const trimmed = isDecimalComma ? written.replace(',', '.') : written;
      if (!NUMBER.test(trimmed)) {
        throw new InputError(file, line, `score ${JSON.stringify(written)} is not a number; expected a probability between 0 and 1 (e.g. ${example})${decimalHint(written)}`, at);
      }
      const s = Number(trimmed);
      if (!Number.isFinite(s)) throw new InputError(file, line, `score ${written} is too large to be a number (it overflows to infinity); expected a probability between 0 and 1 (e.g. 0.37)`, at);
      if (isProbabilityRequired && (s < 0 || s > 1)) {
        throw new InputError(file, line, `score ${written} is outside [0, 1]; calibration metrics need a probability — rescale the scores, or audit without --label`, at);
      }
      return s;
    },
    decode(d, y, readScore, line, out) {
      if (d === INVALID) noteInvalid(facts, 'prediction', line);
      if (y === INVALID) noteInvalid(facts, 'label', line);
      if (d === INVALID || y === INVALID) return 'invalid';
      const s = scoreName === undefined ? null : readScore();
      if (d === EMPTY) return 'missing_prediction';
      if (y === EMPTY) return 'missing_label';
      if (scoreName !== undefined && s === null) return 'missing_score';
      out.decision = decide ? decide(s!) : d;
      out.label = y;
      out.score = s;
      return 'ok';
    },
  };
}

/** Turns raw CSV fields into an Observation; one per run, built from the header. */
export interface RowDecoder {
  decode(fields: readonly string[], line: number, out: Observation): DecodeStatus;
  /**
   * Throws the InputError for values that were neither positive nor negative,
   * listing what the column holds; otherwise returns the listed positive values
   * that never occurred (a likely typo in --prediction-positive / --label-positive).
   */
  finish(): UnusedPositive[];
}

export function createRowDecoder(header: readonly string[], config: Readonly<AuditConfig>, file: string): RowDecoder {
  const rules = createRowRules(header, config, file);
  const code = (column: BinaryColumn | undefined, fields: readonly string[]) => {
    if (!column) return null;
    return rules.classify(column, fields[column.index] ?? '', 1);
  };
  return {
    decode(fields, line, out) {
      const readScore = () => {
        const raw = (fields[rules.scoreIndex] ?? '').trim();
        return raw === '' ? null : rules.parseScore(raw, line);
      };
      return rules.decode(code(rules.prediction, fields), code(rules.label, fields), readScore, line, out);
    },
    finish: () => finishDecoding(rules, rules.facts, file),
  };
}
