import type { AuditResult } from '../model/audit-result.js';
import { humanPeriod, humanTime } from './format-date.js';

/** One fact about what was audited: `key` for CSV columns and JUnit properties, `label` for people. */
export interface ReportFact {
  key: string;
  label: string;
  value: string;
}

/** The report's title: the config's, else `Fairness audit of <input>`. */
export function reportTitle(result: AuditResult): string {
  return result.config.report?.title ?? `Fairness audit of ${result.input.file}`;
}

/** `Lead scorer 2.3` / `Lead scorer` / `version 2.3`, or undefined when neither is said. */
export function modelLabel(result: AuditResult): string | undefined {
  const r = result.config.report;
  if (!r?.model && !r?.modelVersion) return undefined;
  if (!r.model) return `version ${r.modelVersion}`;
  return r.modelVersion ? `${r.model} ${r.modelVersion}` : r.model;
}

/**
 * What was audited, as every human format shows it at the top, in a fixed
 * order, only the facts given (the title is the heading, not a fact):
 * model, owner, purpose, decision, data period, notes; dates in words.
 */
export function reportFacts(result: AuditResult): ReportFact[] {
  const r = result.config.report ?? {};
  const model = modelLabel(result);
  const owner = r.owner && r.contact ? `${r.owner} (${r.contact})` : (r.owner ?? r.contact);
  const facts: (ReportFact | undefined)[] = [
    model ? { key: 'model', label: 'Model', value: model } : undefined,
    owner ? { key: 'owner', label: r.owner ? 'Owner' : 'Contact', value: owner } : undefined,
    r.purpose ? { key: 'purpose', label: 'Purpose', value: r.purpose } : undefined,
    r.decisionContext ? { key: 'decision_context', label: 'Decision', value: r.decisionContext } : undefined,
    r.dataPeriod ? { key: 'data_period', label: 'Data period', value: humanPeriod(r.dataPeriod) } : undefined,
    r.notes ? { key: 'notes', label: 'Notes', value: r.notes } : undefined,
  ];
  return facts.filter((f): f is ReportFact => f !== undefined);
}

/** `1 January 2026, 00:00 UTC by fairgate 0.1.0`: when and by what, in words. */
export function generatedLine(result: AuditResult): string {
  return `${humanTime(result.generatedAt)} by ${result.tool.name} ${result.tool.version}`;
}
