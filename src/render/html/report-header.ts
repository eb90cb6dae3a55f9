import type { AuditResult } from '../../model/audit-result.js';
import { generatedLine, modelLabel, reportFacts, reportTitle } from '../report-facts.js';
import { t } from './markup.js';
import { splitsLinks } from '../splits/index.js';

/** Contents: one link per section, in page order. */
function contents(result: AuditResult, hasAppendix: boolean): string {
  const links = [
    ['summary', 'Summary'],
    ...(result.presets?.ll144 ? [['ll144', 'NYC Local Law 144 tables']] : []),
    ['findings', 'Findings'],
    ...result.attributes.map((a, i) => [`attr-${i + 1}`, a.name]),
    ...splitsLinks(result),
    ...(result.candidate ? [['candidate', 'Candidate model'] as [string, string]] : []),
    ['method', 'Method'],
    ['provenance', 'Provenance'],
    ...(hasAppendix ? [['appendix', 'Appendix']] : []),
  ];
  const items = links.map(([id, label]) => `<li><a href="#${id}">${t(label!)}</a></li>`).join('');
  return `<nav aria-label="Contents"><ol>${items}</ol></nav>`;
}

/**
 * The top of the report: its title, the model, when and by what, then what
 * was audited as the config's `report:` block says it (owner, purpose,
 * decision, data period, notes) — the first thing a reviewer needs to know.
 */
export function reportHeader(result: AuditResult, hasAppendix: boolean): string {
  const model = modelLabel(result);
  const facts = reportFacts(result).filter((f) => f.key !== 'model');
  const about = facts.length
    ? `<dl class="about">\n${facts.map((f) => `<dt>${t(f.label)}</dt><dd>${f.value.split('\n').map(t).join('<br>')}</dd>`).join('\n')}\n</dl>`
    : '';
  return [
    '<header>',
    `<h1>${t(reportTitle(result))}</h1>`,
    `<p class="subtitle">${model ? `Model: <strong>${t(model)}</strong> · ` : ''}Generated ${t(generatedLine(result))} · input SHA-256 <code>${t(result.input.sha256)}</code></p>`,
    about,
    contents(result, hasAppendix),
    '</header>',
  ].filter(Boolean).join('\n');
}
