import type { AuditResult } from '../../model/audit-result.js';
import type { Finding, Verdict } from '../../model/finding.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { headline, verdictCounts } from '../prose/summary-facts.js';
import { bySeverity, VERDICT_LABEL } from '../verdicts.js';
import { badge, factList, htmlTable, t } from './markup.js';
import { partOf } from '../../util/plural.js';

/** The verdict, the key facts and the counts: what a reviewer reads first. */
export function summarySection(result: AuditResult): string {
  const { input } = result;
  const facts = [
    { label: 'Input', value: `${input.file} (${partOf(input.rowsUsed, input.rowsRead, 'rows')} audited)` },
    { label: 'Attributes', value: result.attributes.map((a) => a.name).join(', ') },
    { label: 'Rules', value: result.config.rules.map((r) => r.id).join(', ') || 'none' },
    { label: 'Generated', value: `${result.generatedAt} by ${result.tool.name} ${result.tool.version}` },
  ];
  const counts = htmlTable({
    caption: 'Checks by verdict (a check is one rule applied to one group)',
    head: ['verdict', 'checks'],
    rows: verdictCounts(result).map((c) => [badge(c.verdict), String(c.count)]),
    numeric: new Set([1]),
    className: 'counts',
  });
  const notices = result.notices.map((n) => `<p class="notice"><strong>Note:</strong> ${t(noticeSentence(n))}</p>`).join('\n');
  const mark = result.status === 'pass' ? '✓' : result.status === 'fail' ? '✗' : '?';
  return [
    '<section id="summary" aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    `<p class="verdict v-${result.status}"><span class="verdict-mark" aria-hidden="true">${mark}</span> ${t(headline(result))}</p>`,
    factList(facts),
    counts,
    topFindings(result),
    notices,
    '</section>',
  ].join('\n');
}

/** The first failures and warnings as sentences, so the summary says what went wrong. */
function topFindings(result: AuditResult): string {
  const notable = bySeverity(result.findings).filter((f) => f.status === 'fail' || f.status === 'warn');
  if (notable.length === 0) return '';
  const shown = notable.slice(0, TOP);
  const more = notable.length > TOP ? `<p>… and ${notable.length - TOP} more: see <a href="#findings">Findings</a>.</p>` : '';
  return `<h3>What did not pass</h3>\n${findingList(result, shown)}\n${more}`;
}

const TOP = 8;

function findingList(result: AuditResult, findings: readonly Finding[]): string {
  const items = findings.map((f) => `<li class="finding v-${f.status}">${badge(f.status)} ${t(findingSentence(f, result, 'plain'))}</li>`);
  return `<ul class="findings">\n${items.join('\n')}\n</ul>`;
}

const HEADINGS: Record<Verdict, string> = {
  fail: 'Failed',
  warn: 'Warnings',
  inconclusive: 'No verdict possible',
  suppressed: 'Suppressed',
  pass: 'Passed',
};

/** Every finding as a sentence, grouped by verdict, most severe first. */
export function findingsSection(result: AuditResult): string {
  const sorted = bySeverity(result.findings);
  const blocks = (Object.keys(HEADINGS) as Verdict[])
    .map((v) => ({ v, list: sorted.filter((f) => f.status === v) }))
    .filter((b) => b.list.length > 0)
    .map((b) => `<h3 id="findings-${b.v}">${VERDICT_LABEL[b.v].mark} ${HEADINGS[b.v]} (${b.list.length})</h3>\n${findingList(result, b.list)}`);
  const body = blocks.length ? blocks.join('\n') : '<p>No rule was applied, so there are no findings.</p>';
  return `<section id="findings" aria-labelledby="findings-h">\n<h2 id="findings-h">Findings</h2>\n${body}\n</section>`;
}
