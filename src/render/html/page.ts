import type { AuditResult } from '../../model/audit-result.js';
import { ll144Block } from '../ll144/index.js';
import { splitsBlock, splitsLinks } from '../splits/index.js';
import { headline } from '../prose/summary-facts.js';
import { appendixSection } from './appendix-section.js';
import { attributeSection } from './attribute-section.js';
import { t } from './markup.js';
import { methodSection, provenanceSection } from './method-section.js';
import { STYLES } from './styles.js';
import { findingsSection, summarySection } from './summary-section.js';

/**
 * Nothing may load or run: a report from untrusted data must be safe to open.
 * The policy backs up the escaping, it does not replace it.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function contents(result: AuditResult): string {
  const links = [
    ['summary', 'Summary'],
    ...(result.presets?.ll144 ? [['ll144', 'NYC Local Law 144 tables']] : []),
    ...result.attributes.map((a, i) => [`attr-${i + 1}`, a.name]),
    ...splitsLinks(result),
    ['findings', 'Findings'],
    ['method', 'Method'],
    ['provenance', 'Provenance'],
    ['appendix', 'Appendix'],
  ];
  const items = links.map(([id, label]) => `<li><a href="#${id}">${t(label!)}</a></li>`).join('');
  return `<nav aria-label="Contents"><ol>${items}</ol></nav>`;
}

/** The whole self-contained document: inline CSS and SVG, no script, no external resource. */
export function renderPage(result: AuditResult): string {
  const title = `Fairness audit of ${result.input.file}: ${headline(result)}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${t(`${result.tool.name} ${result.tool.version}`)}">`,
    `<title>${t(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1>Fairness audit of ${t(result.input.file)}</h1>`,
    `<p class="subtitle">Generated ${t(result.generatedAt)} by ${t(result.tool.name)} ${t(result.tool.version)} · input SHA-256 <code>${t(result.input.sha256)}</code></p>`,
    contents(result),
    '</header>',
    summarySection(result),
    // the ll144 preset's report is the published tables: they come right after the verdict
    ...(result.presets?.ll144 ? [ll144Block(result, 'html')] : []),
    ...result.attributes.map((a, i) => attributeSection(result, a, i)),
    ...(result.strata || result.windows ? [splitsBlock(result, 'html')] : []),
    findingsSection(result),
    methodSection(result),
    provenanceSection(result),
    appendixSection(result),
    `<footer><p>This report contains aggregates only: no row of the input is reproduced. Group names come from the data and are shown as text.</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
