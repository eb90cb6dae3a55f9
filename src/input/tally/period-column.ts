import type { PeriodSettings } from '../../model/split-settings.js';
import { windowLabel } from '../../model/window-calendar.js';
import { InputError } from '../../model/errors.js';
import { createPeriodCell, DATE_FORMS, type CharAt } from '../decode/period-cell.js';
import type { CsvRecord } from '../csv/csv-record.js';

/**
 * The period column of a pass: each record's date cell read in place (no
 * string per row, nothing kept per distinct timestamp) as the id, in the
 * fold's dictionary of that column, of its window's label; an empty cell is
 * the empty value (the missing window). A cell that is not a date stops the
 * run with its file, line, column and value.
 */
export function createPeriodColumn(
  period: PeriodSettings,
  where: { file: string; index: number; name: string },
  valueId: (label: string) => number,
): (record: CsvRecord) => number {
  const windowOf = createPeriodCell(period);
  const ids = new Map<number, number>();
  let buf: Buffer = Buffer.alloc(0);
  let text = '';
  const fromBytes: CharAt = (i) => buf[i]!;
  const fromText: CharAt = (i) => text.charCodeAt(i);
  const fail = (record: CsvRecord, value: string): never => {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new InputError(where.file, record.line, `${JSON.stringify(shown)} is not a date; the period column holds ${DATE_FORMS}`, { column: { number: where.index + 1, name: where.name } });
  };
  return (record) => {
    const i = where.index;
    let start: number;
    let end: number;
    let at: CharAt;
    if (record.hasQuoted && record.quoted[i] != null) {
      text = record.quoted[i]!;
      [start, end, at] = [0, text.length, fromText];
    } else {
      buf = record.buf;
      [start, end, at] = [record.starts[i]!, record.ends[i]!, fromBytes];
    }
    let isEmpty = true;
    for (let j = start; j < end && isEmpty; j++) isEmpty = at(j) === 32 || at(j) === 9;
    if (isEmpty) return valueId('');
    const first = windowOf(at, start, end);
    if (first !== first) {
      fail(record, (at === fromText ? text : buf.toString('utf8', start, end)).trim());
    }
    let id = ids.get(first);
    if (id === undefined) ids.set(first, (id = valueId(windowLabel(first, period.every))));
    return id;
  };
}
