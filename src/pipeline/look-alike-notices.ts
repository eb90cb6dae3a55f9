import type { AuditConfig } from '../model/config.js';
import type { Notice } from '../model/notice.js';
import type { TallyTable } from '../core/types.js';
import { lookAlikeGroups, normalizeGroupValues } from '../core/normalize-values.js';

/**
 * Group values that differ only in Unicode normalisation (NFC vs NFD: é as one
 * character or as e and a combining accent) or in invisible characters
 * (zero-width joiner, byte order mark, bidi marks) are different strings, so
 * different groups: never merged silently. Without `--normalize-values` a
 * notice names them (every format prints them with \uXXXX escapes, so they do
 * not look identical); with it they are merged, and the notice says which.
 */
export function withLookAlikeGroups(table: TallyTable, config: Readonly<AuditConfig>): { table: TallyTable; notices: Notice[] } {
  if (!config.normalizeValues) {
    const alike = lookAlikeGroups(table);
    const notices = alike.map(({ attribute, keys }): Notice => ({ code: 'look-alike-groups', args: { attribute, keys: [...keys] } }));
    return { table, notices };
  }
  const { table: normalized, merged } = normalizeGroupValues(table, config.missing);
  const notices = merged.map(({ attribute, into, from }): Notice => ({ code: 'normalized-groups', args: { attribute, into, from: [...from] } }));
  return { table: normalized, notices };
}
