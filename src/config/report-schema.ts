import { z } from 'zod';
import type { ReportInfo } from '../model/report-info.js';

/**
 * The config's `report:` block (and the flags that fill it): what was audited.
 * Text only, checked so that a report shows it as written: no control or
 * bidirectional-override characters (a reviewer must read what was typed),
 * line breaks only in the long fields, lengths that fit a report's header.
 */

// C0/C1 controls except the line feed, and the bidi overrides and isolates that reorder text on screen
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function text(maxLength: number, isMultiLine: boolean) {
  return z
    .unknown()
    .transform((v, ctx) => {
      if (typeof v === 'string') return v.trim();
      // YAML reads `modelVersion: 1.10` as the number 1.1: only quotes keep what was written
      const message = typeof v === 'number' ? `expected text, got the number ${v}: quote the value (e.g. "1.10") so that it is kept as written` : `expected text, got ${JSON.stringify(v)}`;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    })
    .pipe(
      z
        .string()
        .refine((s) => s.length > 0, 'cannot be empty')
        .refine((s) => s.length <= maxLength, `at most ${maxLength} characters`)
        .refine((s) => !HIDDEN.test(s), 'contains a control or text-direction character; write plain text')
        .refine((s) => isMultiLine || !s.includes('\n'), 'must be one line'),
    );
}

/** `2025-01-31`: a real calendar date. */
function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const isoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD, e.g. 2025-01-31');

const periodObject = z.strictObject({ from: isoDate, to: isoDate });

/** `{from, to}`, or `2025-01-01..2025-06-30` (also with `/`, as ISO 8601 writes an interval). */
const dataPeriod = z
  .union([
    periodObject,
    z.string().transform((s, ctx) => {
      const parts = s.trim().split(/\s*(?:\.\.|\/)\s*/);
      if (parts.length === 2 && parts.every(isIsoDate)) return { from: parts[0]!, to: parts[1]! };
      ctx.addIssue({ code: 'custom', message: `expected from..to as dates, e.g. 2025-01-01..2025-06-30, got ${JSON.stringify(s)}` });
      return z.NEVER;
    }),
  ])
  .refine((p) => p.from <= p.to, 'the period ends before it starts (from is after to)');

export const reportSchema = z.strictObject({
  title: text(200, false).optional(),
  model: text(200, false).optional(),
  modelVersion: text(100, false).optional(),
  owner: text(200, false).optional(),
  contact: text(200, false).optional(),
  purpose: text(2000, true).optional(),
  decisionContext: text(2000, true).optional(),
  dataPeriod: dataPeriod.optional(),
  notes: text(4000, true).optional(),
});

/** The checked block with its empty fields left out. */
export type ParsedReportInfo = ReportInfo;

/** The keys of the block, for "unknown key" messages. */
export const REPORT_KEYS: readonly string[] = Object.keys(reportSchema.shape);
