import type { AuditConfig } from '../model/config.js';
import type { Notice } from '../model/audit-result.js';
import type { TallyTable } from '../core/types.js';
import { lookAlikeGroups, normalizeGroupValues } from '../core/normalize-values.js';

const quoted = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');

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
    const notices = alike.map(({ attribute, keys }): Notice => ({
      code: 'look-alike-groups',
      message: `${attribute}: ${keys.length} groups differ only in Unicode normalisation or invisible characters (${quoted(keys)}); they are audited as separate groups, printed with those characters as escapes; to count them as one, use --normalize-values (normalizeValues: true)`,
    }));
    return { table, notices };
  }
  const { table: normalized, merged } = normalizeGroupValues(table, config.missing);
  const notices = merged.map(({ attribute, into, from }): Notice => ({
    code: 'normalized-groups',
    message: `${attribute}: ${quoted(from)} counted as "${into}" (--normalize-values: Unicode NFC, invisible characters removed)`,
  }));
  return { table: normalized, notices };
}
