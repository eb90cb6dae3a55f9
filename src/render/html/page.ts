import type { AuditResult } from '../../model/audit-result.js';
import { ll144Block } from '../ll144/index.js';
import { splitsBlock } from '../splits/index.js';
import { candidateBlock } from '../candidate/index.js';
import { headline } from '../prose/summary-facts.js';
import { reportTitle } from '../report-facts.js';
import type { ReportContext } from '../reporters/types.js';
import { appendixSection } from './appendix-section.js';
import { attributeSection } from './attribute-section.js';
import { findingsSection } from './findings-section.js';
import { t } from './markup.js';
import { methodSection, provenanceSection } from './method-section.js';
import { printStyles } from './print-styles.js';
import { reportHeader } from './report-header.js';
import { STYLES } from './styles.js';
import { summarySection } from './summary-section.js';

/**
 * Nothing may load or run: a report from untrusted data must be safe to open.
 * The policy backs up the escaping, it does not replace it.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The whole self-contained document: inline CSS and SVG, no script, no
 * external resource. What was audited and the executive summary come first,
 * then the findings most serious first, the attributes' charts and tables,
 * method, provenance and the appendix the context asks for.
 */
export function renderPage(result: AuditResult, ctx: Pick<ReportContext, 'paper' | 'appendix'> = {}): string {
  const appendix = ctx.appendix ?? 'summary';
  const title = `${reportTitle(result)}: ${headline(result)}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${t(`${result.tool.name} ${result.tool.version}`)}">`,
    `<title>${t(title)}</title>`,
    `<style>${STYLES}${printStyles(result, ctx.paper ?? 'a4')}</style>`,
    '</head>',
    '<body>',
    '<main>',
    reportHeader(result, appendix !== 'none'),
    summarySection(result),
    // the ll144 preset's report is the published tables: they come right after the verdict
    ...(result.presets?.ll144 ? [ll144Block(result, 'html')] : []),
    findingsSection(result),
    ...result.attributes.map((a, i) => attributeSection(result, a, i)),
    ...(result.strata || result.windows ? [splitsBlock(result, 'html')] : []),
    ...(result.candidate ? [candidateBlock(result, 'html')] : []),
    methodSection(result),
    provenanceSection(result),
    ...(appendix !== 'none' ? [appendixSection(result, appendix)] : []),
    `<footer><p>This report contains aggregates only: no row of the input is reproduced. Group names come from the data and are shown as text.</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
