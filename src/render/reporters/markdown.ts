import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import { inequalityLine } from '../inequality-text.js';
import type { Finding } from '../../model/finding.js';
import { disparityCell, metricCell } from '../cell-format.js';
import { escapeMarkdownCell as md, escapeTerminal } from '../escape.js';
import { formatLevel } from '../format-number.js';
import { groupCount } from '../group-count.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { methodFacts } from '../method.js';
import { ll144Block } from '../ll144/index.js';
import { splitsBlock } from '../splits/index.js';
import { candidateBlock } from '../candidate/index.js';
import { auditedFindings } from '../candidate/candidate-findings.js';
import { headlineKeys, shortOf, titleOf } from '../metric-info.js';
import { configYaml, provenanceEntries } from '../provenance.js';
import { exclusionNote, headline, referenceSummary, verdictCounts } from '../prose/summary-facts.js';
import { VERDICT_LABEL, findingsOf } from '../verdicts.js';
import { bySeverity } from '../finding-order.js';
import { executiveSummary } from '../prose/executive-summary.js';
import { reasonGroupList, reasonGroups, reasonHead } from '../prose/reason-groups.js';
import { statisticsNote } from '../prose/statistics-note.js';
import { generatedLine, reportFacts, reportTitle } from '../report-facts.js';
import { VERDICT_KEY, verdictCell } from '../verdict-cell.js';
import { CALIBRATION_COLUMNS, CALIBRATION_LEGEND, hasCalibrationTest } from '../calibration-test-text.js';
import type { Reporter } from './types.js';
import { countOf, partOf } from '../../util/plural.js';
import { classSectionMarkdown } from '../classes/class-text.js';

/** A GitHub-flavoured Markdown table; every cell is already escaped. */
function table(head: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fence(text: string, lang: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}

function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function findingItem(f: Finding, result: AuditResult): string {
  return `- ${VERDICT_LABEL[f.status].mark} ${md(findingSentence(f, result, 'plain'))}`;
}

/** What was audited: the short facts on one line, the long ones (purpose, decision, notes) each on its own. */
function aboutBlock(result: AuditResult): string {
  const facts = reportFacts(result);
  if (facts.length === 0) return '';
  const isShort = (f: { key: string }) => ['model', 'owner', 'data_period'].includes(f.key);
  const line = facts.filter(isShort).map((f) => `**${md(f.label)}:** ${md(f.value)}`).join(' · ');
  const long = facts.filter((f) => !isShort(f)).map((f) => `**${md(f.label)}:** ${f.value.split('\n').map(md).join('<br>')}`);
  return [line, ...long].filter(Boolean).join('  \n');
}

/** Why the warned and inconclusive checks got their verdict, grouped. */
function reasonsBlock(result: AuditResult): string {
  const groups = reasonGroups(result);
  if (groups.length === 0) return '';
  const open = result.summary.warn + result.summary.inconclusive;
  const items = groups.map((g) => `- ${VERDICT_LABEL[g.status].mark} **${g.count} ${VERDICT_LABEL[g.status].word}** — ${md(reasonHead(g))}: ${md(reasonGroupList(g))}`);
  return `### Why ${open} ${open === 1 ? 'check' : 'checks'} neither passed nor failed\n\n${items.join('\n')}`;
}

function attributeSection(result: AuditResult, a: AttributeResult): string {
  const { metrics, disparities } = headlineKeys(result, a);
  const calibration = metrics.includes('ece') && hasCalibrationTest(a.groups) ? CALIBRATION_COLUMNS : [];
  const head = ['group', 'n', ...metrics.map(shortOf), ...calibration.map((c) => c.head), ...disparities.map(shortOf), 'verdict'];
  const rows = a.groups.map((g) => {
    return [md(g.key), md(groupCount(g, result.config.suppressBelow)), ...metrics.map((k) => metricCell(g, k)), ...calibration.map((c) => md(c.cell(g))), ...disparities.map((k) => disparityCell(g, k)), verdictCell(findingsOf(auditedFindings(result), a.name, g.key))];
  });
  const notes = [countOf(a.n, 'rows'), exclusionNote(a), `reference — ${referenceSummary(a)}`].filter(Boolean).map(md);
  const align = head.map((_, i) => (i === 0 || i === head.length - 1 ? 'l' : 'r') as 'l' | 'r');
  const classes = classSectionMarkdown(result, a);
  const inequality = inequalityLine(a);
  return `### ${md(a.name)}\n\n${notes.join(' · ')}\n\n${table(head, align, rows)}${inequality ? `\n\n${md(inequality)}` : ''}${classes ? `\n\n${classes}` : ''}`;
}

/** What the short column labels stand for, once per report. */
function legend(result: AuditResult): string {
  const keys = [...new Set(result.attributes.flatMap((a) => Object.values(headlineKeys(result, a)).flat()))];
  const parts = keys.filter((k) => shortOf(k) !== titleOf(k)).map((k) => `${md(shortOf(k))} = ${md(titleOf(k))}`);
  const calibration = result.attributes.some((a) => headlineKeys(result, a).metrics.includes('ece') && hasCalibrationTest(a.groups)) ? [md(CALIBRATION_LEGEND)] : [];
  return `_Columns: ${[...parts, ...calibration, `values in brackets are ${formatLevel(result.config.confidence)} confidence intervals (see Method)`, VERDICT_KEY].join('; ')}._`;
}

function methodSection(result: AuditResult): string {
  const m = methodFacts(result);
  const rules = m.rules.length
    ? table(['rule', 'metric', 'formula', 'requirement', 'applies to', 'severity'], ['l', 'l', 'l', 'l', 'l', 'l'],
        m.rules.map((r) => [md(r.id), md(r.title), md(r.formula), md(r.requirement), md(r.scope), r.severity]))
    : 'No rule was configured.';
  const formulas = table(['key', 'metric', 'formula'], ['l', 'l', 'l'], m.formulas.map((f) => [md(f.key), md(f.title), md(f.formula)]));
  const settings = m.settings.map((s) => `- ${md(s.label)}: ${md(s.value)}`).join('\n');
  const excluded = m.exclusions.map((e) => `- ${md(e)}`).join('\n');
  return [`**Rules**\n\n${rules}`, `**Reference group**: ${md(m.reference)}.`, settings, `**What was left out**\n\n${excluded}`, `**Formulas**\n\n${formulas}`].join('\n\n');
}

function provenanceSection(result: AuditResult): string {
  const rows = provenanceEntries(result).filter((p) => p.key !== 'config').map((p) => [md(p.label), md(p.value)]);
  // a code block shows its text raw: names from the data in it are made visible line by line (escapeTerminal)
  const yaml = configYaml(result).split('\n').map(escapeTerminal).join('\n');
  return `${table(['fact', 'value'], ['l', 'l'], rows)}\n\nResolved configuration:\n\n${fence(yaml, 'yaml')}`;
}

/**
 * For pull-request comments and CI job summaries: the verdict and what was
 * audited first, the executive summary, the failed checks in sentences (most
 * serious first), why the others have no verdict (grouped), the note on the
 * numbers, a compact table per attribute, then every check without a verdict,
 * method and provenance folded away in `<details>`.
 */
export const renderMarkdown: Reporter = (result) => {
  const { input } = result;
  const notable = bySeverity(result.findings.filter((f) => f.status === 'fail' || f.status === 'warn'), result);
  const open = bySeverity(result.findings.filter((f) => f.status === 'inconclusive' || f.status === 'suppressed'), result);
  const mark = result.status === 'pass' ? '✓' : result.status === 'fail' ? '✗' : '?';
  const rules = countOf(result.summary.rules, 'rules');
  const parts = [
    `## ${mark} ${md(reportTitle(result))}: ${headline(result)}`,
    aboutBlock(result),
    `${md(input.file)}: ${partOf(input.rowsUsed, input.rowsRead, 'rows', (n) => n.toLocaleString('en-US'))} audited against ${rules} · ${md(generatedLine(result))}`,
    executiveSummary(result).map((x) => `- ${md(x)}`).join('\n'),
    table(['verdict', 'checks', 'why'], ['l', 'r', 'l'], verdictCounts(result).map((c) => [c.label, String(c.count), md(c.why)])),
    ...(notable.length ? [`### Checks that did not pass, most serious first (${notable.length})\n\n${notable.map((f) => findingItem(f, result)).join('\n')}`] : []),
    reasonsBlock(result),
    `### About the numbers\n\n${statisticsNote(result).map(md).join(' ')}`,
    ...result.notices.map((n) => `> **Note:** ${md(noticeSentence(n))}`),
    // the ll144 preset's report is the published tables: they come right after the verdict
    ...(result.presets?.ll144 ? [ll144Block(result, 'markdown')] : []),
    ...(result.attributes.length ? [legend(result)] : []),
    ...result.attributes.map((a) => attributeSection(result, a)),
    ...(result.strata || result.windows ? [splitsBlock(result, 'markdown')] : []),
    ...(result.candidate ? [candidateBlock(result, 'markdown')] : []),
    ...(open.length ? [details(`Checks without a verdict, each in words (${open.length})`, open.map((f) => findingItem(f, result)).join('\n'))] : []),
    details('Method', methodSection(result)),
    details('Provenance', provenanceSection(result)),
  ].filter(Boolean);
  return `${parts.join('\n\n')}\n`;
};
