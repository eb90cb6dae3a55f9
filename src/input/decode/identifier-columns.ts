import type { IdentifierKind, Notice } from '../../model/notice.js';
import { IDENTIFIER_PATTERNS, compactName, type IdentifierPattern } from './identifier-patterns.js';

/** Rows looked at for the value checks: enough to recognise a column, too few to cost anything. */
export const SAMPLE_ROWS = 100;
/** Share of a column's non-empty sampled values that must look like an identifier. */
const MAJORITY = 0.8;

export interface IdentifierColumn {
  /** 0-based position in the header */
  index: number;
  name: string;
  kind: IdentifierKind;
  /** how it was recognised */
  by: 'header' | 'values';
}

const KINDS = Object.keys(IDENTIFIER_PATTERNS) as IdentifierKind[];
const pattern = (kind: IdentifierKind): IdentifierPattern => IDENTIFIER_PATTERNS[kind];

/** Kind by header name alone, or undefined. */
export function identifierKindOfHeader(header: string): IdentifierKind | undefined {
  const compact = compactName(header);
  return KINDS.find((kind) => pattern(kind).header.test(compact));
}

interface Candidate {
  index: number;
  name: string;
  kinds: IdentifierKind[];
  seen: number;
  hits: number[];
}

/**
 * Looks for direct identifiers among the columns the audit does not use: by
 * header name at once, and by the shape of values in the first rows (e-mail,
 * IP, phone, SSN, street address; birth dates only in birth-named columns).
 * Only the header and `SAMPLE_ROWS` rows are inspected, and no value is kept:
 * the result names columns, never what they hold.
 */
export function createIdentifierScan(header: readonly string[], used: ReadonlySet<number>) {
  const found: IdentifierColumn[] = [];
  const candidates: Candidate[] = [];
  header.forEach((name, index) => {
    if (used.has(index)) return;
    const kind = identifierKindOfHeader(name);
    if (kind) return void found.push({ index, name, kind, by: 'header' });
    const compact = compactName(name);
    const kinds = KINDS.filter((k) => pattern(k).value && (pattern(k).valueOnlyIn?.test(compact) ?? true));
    candidates.push({ index, name, kinds, seen: 0, hits: kinds.map(() => 0) });
  });
  let rows = 0;
  return {
    /** Feeds one data row; a no-op after the sample is complete. */
    add(fields: readonly string[]): void {
      if (rows >= SAMPLE_ROWS) return;
      rows++;
      for (const c of candidates) {
        const value = (fields[c.index] ?? '').trim();
        if (value === '') continue;
        c.seen++;
        c.kinds.forEach((kind, i) => {
          if (pattern(kind).value!(value)) c.hits[i]! += 1;
        });
      }
    },
    /** Every identifier-looking column, in header order. */
    finish(): IdentifierColumn[] {
      const byValues = candidates.flatMap((c) => {
        const i = c.hits.findIndex((h) => c.seen > 0 && h >= MAJORITY * c.seen);
        return i < 0 ? [] : [{ index: c.index, name: c.name, kind: c.kinds[i]!, by: 'values' as const }];
      });
      return [...found, ...byValues].sort((a, b) => a.index - b.index);
    },
  };
}

export type IdentifierScan = ReturnType<typeof createIdentifierScan>;

/** The data-minimisation notice: column names and kinds only, never values. */
export function identifierNotice(columns: readonly IdentifierColumn[]): Notice | undefined {
  if (columns.length === 0) return undefined;
  return { code: 'identifier-columns', args: { columns: columns.map(({ name, kind, by }) => ({ name, kind, by })), sampleRows: SAMPLE_ROWS } };
}
