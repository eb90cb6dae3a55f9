import type { AttributeResult, AuditResult } from '../../model/audit-result.js';
import { auditedFindings } from '../candidate/candidate-findings.js';
import { boxChart } from '../charts/box-chart.js';
import { outcomeBoxes } from './outcome-chart-data.js';
import { inequalityLine } from '../inequality-text.js';
import { barChart } from '../charts/bar-chart.js';
import { reliabilityChart } from '../charts/reliability-chart.js';
import { disparityParts, metricParts } from '../cell-format.js';
import { groupCount } from '../group-count.js';
import { formatLevel } from '../format-number.js';
import { headlineKeys, shortOf, titleOf } from '../metric-info.js';
import { exclusionNote, referenceSummary } from '../prose/summary-facts.js';
import { findingsOf } from '../verdicts.js';
import { errorRateChart, exposureChart, reliabilitySpecs, selectionChart } from './chart-data.js';
import { htmlTable, t, valueCell, verdictBadge } from './markup.js';
import { countOf } from '../../util/plural.js';
import { VERDICT_KEY } from '../verdict-cell.js';
import { classSectionHtml } from './class-section.js';

function figure(heading: string, chart: string, caption: string, className = 'figure'): string {
  return `<h3>${t(heading)}</h3>\n<figure class="${className}">\n${chart}\n<figcaption>${t(caption)}</figcaption>\n</figure>`;
}

/** The headline table: the charts' numbers as text, with the verdict of each group; short column labels with a key, so it fits the page. */
function groupTable(result: AuditResult, a: AttributeResult): string {
  const { metrics, disparities } = headlineKeys(result, a);
  const keys = [...metrics, ...disparities];
  const head = ['group', 'n', ...keys.map(shortOf), 'verdict'];
  const headHtml = head.map((h, i) => {
    const key = keys[i - 2];
    return key !== undefined && shortOf(key) !== titleOf(key) ? `<abbr title="${t(titleOf(key))}">${t(h)}</abbr>` : t(h);
  });
  const rows = a.groups.map((g) => [
    t(g.key),
    t(groupCount(g, result.config.suppressBelow)),
    ...metrics.map((k) => valueCell(metricParts(g, k))),
    ...disparities.map((k) => valueCell(disparityParts(g, k))),
    verdictBadge(findingsOf(auditedFindings(result), a.name, g.key)),
  ]);
  const last = head.length - 1;
  const table = htmlTable({
    caption: `Groups of ${a.name}: values with ${formatLevel(result.config.confidence)} confidence intervals in brackets`,
    head,
    headHtml,
    rows,
    cellClass: (i) => (i === last ? ' class="verdict-cell"' : ' class="num"'),
    numeric: new Set(head.map((_, i) => i).filter((i) => i > 0 && i < last)),
    className: 'groups',
  });
  const key = keys.filter((k) => shortOf(k) !== titleOf(k)).map((k) => `${shortOf(k)} = ${titleOf(k)}`);
  return `${table}\n<p class="key">${t([...key, VERDICT_KEY].join('; '))}.</p>`;
}

function charts(result: AuditResult, a: AttributeResult, id: string): string[] {
  const sample = a.groups[0];
  const level = formatLevel(result.config.confidence);
  const out: string[] = [];
  if (sample && 'selection_rate' in sample.metrics) {
    out.push(figure('Selection rate', barChart(selectionChart(result, a, `${id}-sel`)), `Selection rate of each group; whiskers are ${level} Wilson intervals; dashed lines are the thresholds the rules imply; the bar marked "reference" is the comparison group.`));
  }
  if (sample && 'tpr' in sample.metrics && 'fpr' in sample.metrics) {
    out.push(figure('True and false positive rates', barChart(errorRateChart(result, a, `${id}-err`)), `True positive rate (share of actual positives selected) and false positive rate (share of actual negatives selected) of each group, with ${level} Wilson intervals.`));
  }
  if (sample && 'exposure_share' in sample.metrics) {
    out.push(figure('Exposure in the ranked lists', barChart(exposureChart(result, a, `${id}-exp`)), 'Each group\'s share of all position-discounted exposure (1/log2(1 + rank)) beside its share of the ranked rows (and of the relevant rows, with a label): a group whose exposure share is below its row share is shown less than its numbers warrant.'));
  }
  const outcome = outcomeBoxes(result, a, `${id}-out`);
  if (outcome) {
    out.push(figure('Outcome by group', boxChart(outcome), `${outcome.title}: whiskers from the 10th to the 90th percentile, the box from the first to the third quartile, a line at the median and a dot at the mean; the box with a dark border is the reference of the mean comparisons.`));
  }
  const diagrams = reliabilitySpecs(result, a, `${id}-rel`).map(reliabilityChart);
  if (diagrams.length > 0) {
    const grid = `<div class="small-multiples">\n${diagrams.join('\n')}\n</div>`;
    out.push(figure('Calibration (reliability diagrams)', grid, `Reliability diagrams: for each score bin, the mean score against the observed rate of positive outcomes; the dashed diagonal is perfect calibration, circle area grows with the rows in the bin, whiskers are ${level} Wilson intervals.`, 'figure reliability'));
  }
  return out;
}

/** One attribute: heading, who the reference is, charts, then the table of numbers. */
export function attributeSection(result: AuditResult, a: AttributeResult, index: number): string {
  const id = `attr-${index + 1}`;
  const note = exclusionNote(a);
  return [
    `<section id="${id}" class="attribute" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h">Attribute: ${t(a.name)}</h2>`,
    `<p>${countOf(a.n, 'rows')} in ${countOf(a.groups.length, 'groups')}${note ? `; ${t(note)}` : ''}. Reference (${t(a.referenceStrategy)}): ${t(referenceSummary(a))}.</p>`,
    ...(inequalityLine(a) ? [`<p class="inequality">${t(inequalityLine(a)!)}.</p>`] : []),
    ...charts(result, a, id),
    ...classSectionHtml(result, a, id),
    '<h3>Groups</h3>',
    groupTable(result, a),
    '</section>',
  ].join('\n');
}
