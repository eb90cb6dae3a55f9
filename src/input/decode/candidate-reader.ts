import type { AuditConfig } from '../../model/config.js';
import type { Observation } from '../../core/tally.js';
import { InputError } from '../../model/errors.js';
import { fieldText, type CsvRecord } from '../csv/csv-record.js';
import { makeBinaryDecoder } from './binary-values.js';
import { columnIndex } from './columns.js';
import { parseSimpleDecimal } from './decimal-bytes.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads the candidate model's decision of each row (`--candidate`). */
export interface CandidateReader {
  /** header position of the candidate column */
  readonly index: number;
  /** a decision column (read like --prediction, one decision per distinct cell: the caller interns the cells) rather than a score cut at the threshold */
  readonly isDecision: boolean;
  /** the decision of a cell's text; an InputError for an empty cell or one the audited decision's rule cannot read */
  decide(text: string, line: number): 0 | 1;
  /** a score candidate's decision of the row into `out.candidate` (plain decimals read from the bytes, as the score is) */
  readScore(record: CsvRecord, out: Observation): void;
}

/**
 * The candidate is read like the audited decision: with `--prediction`, a
 * decision column decoded by the same positive values (1/0, true/false,
 * yes/no without `--prediction-positive`); with `--score … --threshold t`, a
 * score column cut at the same t. Both models are compared on the same rows,
 * so an empty candidate cell is an input error rather than a dropped row (a
 * dropped row would change the audited model's results too). Undefined
 * without `--candidate`.
 */
export function createCandidateReader(header: readonly string[], config: Readonly<AuditConfig>, file: string): CandidateReader | undefined {
  const name = config.columns.candidate;
  if (name === undefined) return undefined;
  const index = columnIndex(header, name, file, '--candidate');
  const at = { column: { number: index + 1, name: header[index]! } };
  const { threshold } = config;
  const isDecimalComma = config.decimalComma === true;
  const binary = makeBinaryDecoder(config.predictionPositive);

  const decide = (text: string, line: number): 0 | 1 => {
    if (text === '') {
      throw new InputError(file, line, 'the candidate cell is empty; --candidate compares two models on the same rows, so every row needs both decisions: fill it in or remove the row', at);
    }
    if (threshold === null) {
      const d = binary(text);
      if (d !== undefined) return d;
      throw new InputError(file, line, `candidate value ${JSON.stringify(text)} is neither positive nor negative; the candidate is read like --prediction, as 1/0, true/false or yes/no, or list its positive values with --prediction-positive`, at);
    }
    const written = isDecimalComma ? text.replace(',', '.') : text;
    const s = Number(written);
    if (!NUMBER.test(written) || !Number.isFinite(s)) {
      throw new InputError(file, line, `candidate score ${JSON.stringify(text)} is not a number; with --score and --threshold the candidate is a score column, cut at the same threshold (${threshold})`, at);
    }
    return s >= threshold ? 1 : 0;
  };
  const mark = isDecimalComma ? 44 : 46;

  return {
    index,
    isDecision: threshold === null,
    decide,
    readScore(r, out) {
      const typed = r.numbers?.[index]; // a typed reader's number (Parquet); NaN when the cell is bytes or text
      if (typed !== undefined && typed === typed && Number.isFinite(typed)) {
        out.candidate = typed >= threshold! ? 1 : 0;
        return;
      }
      const s = r.hasQuoted && r.quoted[index] != null ? -1 : parseSimpleDecimal(r.buf, r.starts[index]!, r.ends[index]!, mark);
      out.candidate = s >= 0 ? (s >= threshold! ? 1 : 0) : decide(fieldText(r, index).trim(), r.line);
    },
  };
}
