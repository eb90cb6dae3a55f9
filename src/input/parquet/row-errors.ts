import { InputError } from '../../model/errors.js';

// A module of its own, without hyparquet: every audit's error path imports it.

/** A record's `line` (row + 1, the header being line 1) as the row errors name: line 1 and below are about the columns. */
export function rowLocated(error: unknown): unknown {
  if (!(error instanceof InputError) || error.unit === 'row') return error;
  const isRow = error.line !== undefined && error.line >= 2;
  return new InputError(error.file, isRow ? error.line! - 1 : undefined, error.detail, { cause: error, unit: 'row', ...(isRow && error.column ? { column: error.column } : {}) });
}
