/**
 * What was audited, as the config's `report:` block or the flags say it: shown
 * at the top of every human format, carried in the JSON report (`config.report`)
 * and listed in the provenance. Every field is optional; none changes a number.
 */
export interface ReportInfo {
  /** the report's title (default: `Fairness audit of <input file>`) */
  title?: string;
  /** the model or system audited, and its version */
  model?: string;
  modelVersion?: string;
  /** who is accountable for the model, and how to reach them */
  owner?: string;
  contact?: string;
  /** what the model is for, and the decision its output feeds */
  purpose?: string;
  decisionContext?: string;
  /** the period the audited decisions were made in: ISO dates, `from` ≤ `to` */
  dataPeriod?: { from: string; to: string };
  /** anything else a reviewer should know (free text; line breaks kept) */
  notes?: string;
}

/** The fields in the order every format shows them. */
export const REPORT_INFO_KEYS = ['title', 'model', 'modelVersion', 'owner', 'contact', 'purpose', 'decisionContext', 'dataPeriod', 'notes'] as const satisfies readonly (keyof ReportInfo)[];
