import type { AuditConfig } from '../../model/config.js';
import { columnIndex } from './columns.js';

/**
 * Reads the class of the multi-class decision of each row (`--decision`): the
 * offer, creative or tier shown. Any trimmed text is a class; an empty cell
 * leaves the row out ('missing_class'), as an empty binary decision does.
 * Cells come interned (one id per distinct byte string), so a class is
 * trimmed once per distinct cell, not once per row.
 */
export interface ClassReader {
  /** header position of the decision column */
  readonly index: number;
  /** the class of an interned cell, null when it is empty */
  classOf(id: number, text: (id: number) => string): string | null;
}

/** Undefined without `--decision`. */
export function createClassReader(header: readonly string[], config: Readonly<AuditConfig>, file: string): ClassReader | undefined {
  const name = config.columns.decision;
  if (name === undefined) return undefined;
  const index = columnIndex(header, name, file, '--decision');
  const known: (string | null | undefined)[] = [];
  return {
    index,
    classOf(id, text) {
      let c = known[id];
      if (c === undefined) {
        const trimmed = text(id).trim();
        known[id] = c = trimmed === '' ? null : trimmed;
      }
      return c;
    },
  };
}
