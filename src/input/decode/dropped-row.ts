import type { AuditConfig } from '../../model/config.js';
import { InputError } from '../../model/errors.js';
import { columnIndex } from './columns.js';
import type { DropReason } from './decode-row.js';

const COLUMN_OF: Record<DropReason, 'prediction' | 'label' | 'score' | 'rank' | 'list' | 'outcome' | 'decision'> = {
  missing_prediction: 'prediction',
  missing_label: 'label',
  missing_score: 'score',
  missing_rank: 'rank',
  missing_list: 'list',
  missing_outcome: 'outcome',
  missing_class: 'decision',
};

/**
 * `--strict`: the first row that would be left out of the audit, as an input
 * error naming its line, the empty cell and the ways out.
 */
export function droppedRowError(reason: DropReason, line: number, file: string, config: Readonly<AuditConfig>, header: readonly string[]): InputError {
  const role = COLUMN_OF[reason];
  const column = config.columns[role];
  // the column was found when the header was read, so this lookup cannot fail
  const index = columnIndex(header, column!, file);
  return new InputError(
    file,
    line,
    `the ${role} cell is empty, so this row would be left out (${reason}); --strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped`,
    { column: { number: index + 1, name: column! } },
  );
}
