import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { disparityCell, metricCell } from '../cell-format.js';
import { escapeMarkdownCell as md } from '../escape.js';
import { formatLevel } from '../format-number.js';
import { groupCount } from '../group-count.js';
import { findingSentence } from '../prose/finding-sentence.js';
import { noticeSentence } from '../prose/notice-sentence.js';
import { methodFacts } from '../method.js';
import { ll144Block } from '../ll144/index.js';
import { headlineKeys, shortOf, titleOf } from '../metric-info.js';
import { configYaml, provenanceEntries } from '../provenance.js';
import { exclusionNote, headline, referenceSummary, verdictCounts } from '../prose/summary-facts.js';
import { VERDICT_LABEL, findingsOf, verdictText, worstVerdict } from '../verdicts.js';
import type { Reporter } from './types.js';
import { countOf, partOf } from '../../util/plural.js';

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

function attributeSection(result: AuditResult, a: AttributeResult): string {
  const { metrics, disparities } = headlineKeys(result, a);
  const head = ['group', 'n', ...metrics.map(shortOf), ...disparities.map(shortOf), 'verdict'];
  const rows = a.groups.map((g) => {
    const verdict = worstVerdict(findingsOf(result.findings, a.name, g.key));
    return [md(g.key), md(groupCount(g, result.config.suppressBelow)), ...metrics.map((k) => metricCell(g, k)), ...disparities.map((k) => disparityCell(g, k)), verdict ? verdictText(verdict) : '—'];
  });
  const notes = [countOf(a.n, 'rows'), exclusionNote(a), `reference — ${referenceSummary(a)}`].filter(Boolean).map(md);
  const align = head.map((_, i) => (i === 0 || i === head.length - 1 ? 'l' : 'r') as 'l' | 'r');
  return `### ${md(a.name)}\n\n${notes.join(' · ')}\n\n${table(head, align, rows)}`;
}

/** What the short column labels stand for, once per report. */
function legend(result: AuditResult): string {
  const keys = [...new Set(result.attributes.flatMap((a) => Object.values(headlineKeys(result, a)).flat()))];
  const parts = keys.filter((k) => shortOf(k) !== titleOf(k)).map((k) => `${md(shortOf(k))} = ${md(titleOf(k))}`);
  return `_Columns: ${[...parts, `values in brackets are ${formatLevel(result.config.confidence)} confidence intervals (see Method)`].join('; ')}._`;
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
  return `${table(['fact', 'value'], ['l', 'l'], rows)}\n\nResolved configuration:\n\n${fence(configYaml(result), 'yaml')}`;
}

/**
 * For pull-request comments and CI job summaries: the verdict first, the
 * failed checks in sentences, a compact table per attribute, then the
 * inconclusive checks, method and provenance folded away in `<details>`.
 */
export const renderMarkdown: Reporter = (result) => {
  const { input } = result;
  const notable = result.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const open = result.findings.filter((f) => f.status === 'inconclusive' || f.status === 'suppressed');
  const mark = result.status === 'pass' ? '✓' : result.status === 'fail' ? '✗' : '?';
  const parts = [
    `## ${mark} Fairness audit: ${headline(result)}`,
    `${md(input.file)}: ${partOf(input.rowsUsed, input.rowsRead, 'rows')} audited against ${countOf(result.summary.rules, 'rules')} · ${md(result.tool.name)} ${md(result.tool.version)} · ${result.generatedAt}`,
    table(['verdict', 'checks'], ['l', 'r'], verdictCounts(result).map((c) => [c.label, String(c.count)])),
    ...(notable.length ? [`### Checks that did not pass (${notable.length})\n\n${notable.map((f) => findingItem(f, result)).join('\n')}`] : []),
    ...result.notices.map((n) => `> **Note:** ${md(noticeSentence(n))}`),
    // the ll144 preset's report is the published tables: they come right after the verdict
    ...(result.presets?.ll144 ? [ll144Block(result, 'markdown')] : []),
    ...(result.attributes.length ? [legend(result)] : []),
    ...result.attributes.map((a) => attributeSection(result, a)),
    ...(open.length ? [details(`Checks without a verdict (${open.length})`, open.map((f) => findingItem(f, result)).join('\n'))] : []),
    details('Method', methodSection(result)),
    details('Provenance', provenanceSection(result)),
  ];
  return `${parts.join('\n\n')}\n`;
};
