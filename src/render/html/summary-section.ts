import type { AuditResult } from '../../model/audit-result.js';
import { executiveSummary } from '../prose/executive-summary.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { headline, verdictCounts } from '../prose/summary-facts.js';
import { generatedLine } from '../report-facts.js';
import { badge, factList, htmlTable, t } from './markup.js';
import { partOf } from '../../util/plural.js';

/**
 * What a reviewer reads first: the verdict, the executive summary in plain
 * sentences, the key facts and the counts; the findings follow, most serious
 * first, and one note explains the statistics the sentences rest on.
 */
export function summarySection(result: AuditResult): string {
  const { input } = result;
  const facts = [
    { label: 'Input', value: `${input.file} (${partOf(input.rowsUsed, input.rowsRead, 'rows', (n) => n.toLocaleString('en-US'))} audited)` },
    { label: 'Attributes', value: result.attributes.map((a) => a.name).join(', ') },
    { label: 'Rules', value: result.config.rules.map((r) => r.id).join(', ') || 'none' },
    { label: 'Generated', value: generatedLine(result) },
  ];
  const counts = htmlTable({
    caption: 'Checks by verdict (a check is one rule applied to one group)',
    head: ['verdict', 'checks', 'why'],
    rows: verdictCounts(result).map((c) => [badge(c.verdict), String(c.count), t(c.why)]),
    numeric: new Set([1]),
    cellClass: (i) => (i === 1 ? ' class="num"' : ' class="why"'),
    className: 'counts',
  });
  const notices = result.notices.map((n) => `<p class="notice"><strong>Note:</strong> ${t(noticeSentence(n))}</p>`).join('\n');
  const mark = result.status === 'pass' ? '✓' : result.status === 'fail' ? '✗' : '?';
  const sentences = executiveSummary(result).map((x) => `<li>${t(x)}</li>`).join('\n');
  return [
    '<section id="summary" aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    `<p class="verdict v-${result.status}"><span class="verdict-mark" aria-hidden="true">${mark}</span> ${t(headline(result))}</p>`,
    `<div class="executive">\n<ul>\n${sentences}\n</ul>\n<p class="see-note">How to read the intervals and "statistically significant": <a href="#about-numbers">About the numbers</a>.</p>\n</div>`,
    '<div class="summary-facts">',
    factList(facts),
    counts,
    '</div>',
    notices,
    '</section>',
  ].join('\n');
}
