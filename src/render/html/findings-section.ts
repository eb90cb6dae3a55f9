import type { AuditResult } from '../../model/audit-result.js';
import type { Finding, Verdict } from '../../model/finding.js';
import { bySeverity } from '../finding-order.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { reasonGroupList, reasonGroups, reasonHead } from '../prose/reason-groups.js';
import { statisticsNote } from '../prose/statistics-note.js';
import { VERDICT_LABEL } from '../verdicts.js';
import { badge, t } from './markup.js';

/** Findings as sentences, each with its verdict's badge. */
export function findingList(result: AuditResult, findings: readonly Finding[]): string {
  const items = findings.map((f) => `<li class="finding v-${f.status}">${badge(f.status)} ${t(findingSentence(f, result, 'plain'))}</li>`);
  return `<ul class="findings">\n${items.join('\n')}\n</ul>`;
}

/** Why the warned and inconclusive checks got their verdict, grouped by reason. */
function reasonList(result: AuditResult): string {
  const groups = reasonGroups(result);
  if (groups.length === 0) return '';
  const items = groups.map((g) => `<li>${badge(g.status)} <strong>${g.count} ${t(g.count === 1 ? 'check' : 'checks')}</strong> — ${t(reasonHead(g))}: <span class="groups">${t(reasonGroupList(g))}</span></li>`);
  const open = result.summary.warn + result.summary.inconclusive;
  return `<h3 id="findings-why">Why ${open} ${open === 1 ? 'check' : 'checks'} neither passed nor failed</h3>\n<ul class="reasons">\n${items.join('\n')}\n</ul>`;
}

/** `61 checks passed: disparate_impact>=0.8 in 25 groups, …`. */
function passedLine(result: AuditResult): string {
  const passed = result.findings.filter((f) => f.status === 'pass');
  if (passed.length === 0) return '';
  const byRule = new Map<string, number>();
  for (const f of passed) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const rules = [...byRule].map(([rule, n]) => `${rule} in ${n} ${n === 1 ? 'group' : 'groups'}`).join(', ');
  return `<h3 id="findings-pass">${VERDICT_LABEL.pass.mark} Passed (${passed.length})</h3>\n<p>${t(rules)}. Each group's verdicts are in its attribute's table.</p>`;
}

const HEADINGS: Partial<Record<Verdict, string>> = { fail: 'Failed, most serious first', warn: 'Warnings, most serious first', suppressed: 'Hidden by small-cell suppression' };

/** The note on the statistics: the one place the sentences' intervals and significance are explained. */
export function numbersNote(result: AuditResult): string {
  return `<aside id="about-numbers" class="numbers-note" aria-labelledby="about-numbers-h">\n<h3 id="about-numbers-h">About the numbers</h3>\n${statisticsNote(result).map((p) => `<p>${t(p)}</p>`).join('\n')}\n</aside>`;
}

/** Failures and warnings in full sentences, most serious first; the rest grouped by reason and counted; then the note on the numbers. */
export function findingsSection(result: AuditResult): string {
  const sorted = bySeverity(result.findings, result);
  const lists = (['fail', 'warn', 'suppressed'] as const)
    .map((v) => ({ v, list: sorted.filter((f) => f.status === v) }))
    .filter((b) => b.list.length > 0)
    .map((b) => `<h3 id="findings-${b.v}">${VERDICT_LABEL[b.v].mark} ${HEADINGS[b.v]} (${b.list.length})</h3>\n${findingList(result, b.list)}`);
  const body = result.findings.length ? [...lists, reasonList(result), passedLine(result)].filter(Boolean).join('\n') : '<p>No rule was applied, so there are no findings.</p>';
  return `<section id="findings" aria-labelledby="findings-h">\n<h2 id="findings-h">Findings</h2>\n${body}\n${numbersNote(result)}\n</section>`;
}
