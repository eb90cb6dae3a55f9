import type { AuditConfig } from '../../model/config.js';
import type { Observation } from '../../core/tally.js';
import { InputError } from '../../model/errors.js';
import { fieldText, type CsvRecord } from '../csv/csv-record.js';
import { columnIndex } from './columns.js';
import { parseSimpleDecimal } from './decimal-bytes.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A number written with a decimal comma: `12,50`, `-1,5`. */
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/** Reads the numeric outcome of each row (`--outcome`): offer value, discount, price, bid. */
export interface OutcomeReader {
  /** header position of the outcome column */
  readonly index: number;
  /** the row's outcome into `out.outcome`; 'missing_outcome' for an empty cell; an InputError for one that is not a finite number */
  read(record: CsvRecord, out: Observation): 'ok' | 'missing_outcome';
}

/**
 * Any finite number, negative too (a price change, a loss), with a decimal
 * point or, in a file that writes them, a decimal comma; thousands separators
 * and currency signs are not numbers and say so. Undefined without `--outcome`.
 */
export function createOutcomeReader(header: readonly string[], config: Readonly<AuditConfig>, file: string): OutcomeReader | undefined {
  const name = config.columns.outcome;
  if (name === undefined) return undefined;
  const index = columnIndex(header, name, file, '--outcome');
  const at = { column: { number: index + 1, name: header[index]! } };
  const isDecimalComma = config.decimalComma === true;
  const mark = isDecimalComma ? 44 : 46;
  const example = isDecimalComma ? '12,50' : '12.50';

  const parse = (written: string, line: number): number => {
    const text = isDecimalComma ? written.replace(',', '.') : written;
    if (!NUMBER.test(text)) {
      const hint = !isDecimalComma && DECIMAL_COMMA.test(written) ? '; if the file writes decimal commas, say so with --decimal-comma' : '; write it without currency signs or thousands separators';
      throw new InputError(file, line, `outcome ${JSON.stringify(written)} is not a number; --outcome needs a number per row, such as an offer value or a price (e.g. ${example})${hint}`, at);
    }
    const value = Number(text);
    if (!Number.isFinite(value)) throw new InputError(file, line, `outcome ${written} is too large to be a number (it overflows to infinity); --outcome needs a finite number, such as an offer value or a price`, at);
    return value;
  };

  return {
    index,
    read(r, out) {
      const typed = r.numbers?.[index]; // a typed reader's number (Parquet); NaN when the cell is bytes or text
      if (typed !== undefined && typed === typed && Number.isFinite(typed)) {
        out.outcome = typed;
        return 'ok';
      }
      if (!(r.hasQuoted && r.quoted[index] != null)) {
        const v = parseSimpleDecimal(r.buf, r.starts[index]!, r.ends[index]!, mark);
        if (v >= 0) {
          out.outcome = v;
          return 'ok';
        }
      }
      const text = fieldText(r, index).trim();
      if (text === '') return 'missing_outcome';
      out.outcome = parse(text, r.line);
      return 'ok';
    },
  };
}
