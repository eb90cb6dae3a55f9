import { UsageError } from '../../model/errors.js';
import { INEQUALITY_IDS, isInequality, type InequalityId } from '../../model/benefit-inequality.js';
import { INEQUALITY_EXPLANATIONS } from './inequality-explanations.js';
import { DISPARITIES, DISPARITY_IDS } from '../../metrics/disparity.js';
import { METRICS, METRIC_IDS } from '../../metrics/registry.js';
import { didYouMean } from '../../util/suggest.js';
import { DISPARITY_EXPLANATIONS } from './disparity-explanations.js';
import { CONTEXT } from './legal-context.js';
import { METRIC_EXPLANATIONS } from './metric-explanations.js';
import type { Explanation } from './types.js';
import { DRIFT_EXPLANATION, STRATIFIED_EXPLANATIONS } from './split-explanations.js';
import { STRATIFIED } from '../../metrics/stratified-defs.js';
import { STRATIFIED_IDS, isStratified } from '../../model/split-settings.js';
import { CLASS_RULE_IDS, isClassRule } from '../../model/class-results.js';
import { CLASS_RULE_EXPLANATIONS, explainClassRule } from './class-explanations.js';

/** Other names people use for a metric. */
const ALIASES: Record<string, string> = {
  generalized_entropy_index: 'generalized_entropy',
  theil_index: 'generalized_entropy',
  between_group_generalized_entropy_index: 'between_group_entropy',
  impact_ratio: 'disparate_impact',
  four_fifths: 'disparate_impact',
  demographic_parity_difference: 'statistical_parity_difference',
  recall: 'tpr',
  sensitivity: 'tpr',
  specificity: 'tnr',
  precision: 'ppv',
  false_omission_rate: 'for',
  calibration: 'ece',
  roc_auc: 'auc',
  conditional_demographic_disparity: 'cdd',
  mantel_haenszel: 'mh_odds_ratio',
  simpsons_paradox: 'cdd',
  standardised_ratio: 'standardised_rate_ratio',
  standardized_rate_ratio: 'standardised_rate_ratio',
};

const FAVOURABLE: Record<string, string> = { high: 'higher is better for the group', low: 'lower is better for the group', zero: 'closer to 0 is better' };

/** Words wrapped at `width` columns, each line indented. */
export function wrap(text: string, width = 80, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

/** `fairgate explain`: every metric and disparity with its title and formula. */
export function explainIndex(): string {
  const width = Math.max(...[...METRIC_IDS, ...DISPARITY_IDS].map((k) => k.length)) + 2;
  const titles = Math.max(40, ...[...Object.values(METRICS), ...Object.values(DISPARITIES)].map((d) => d.title.length + 2));
  const metric = METRIC_IDS.map((k) => `  ${pad(k, width)}${pad(METRICS[k].title, titles)}${METRICS[k].formula}`);
  const disparity = DISPARITY_IDS.map((k) => `  ${pad(k, width)}${pad(DISPARITIES[k].title, titles)}${DISPARITIES[k].formula}`);
  return [
    'Per-group metrics (tp, fp, tn, fn: the group\'s confusion counts; n: its rows):',
    ...metric,
    '',
    'Disparities (g: the group, r: its reference group):',
    ...disparity,
    '',
    'Within legitimate factors (--strata; s: a stratum):',
    ...STRATIFIED_IDS.map((k) => `  ${pad(k, width)}${pad(STRATIFIED[k].title, titles)}${STRATIFIED[k].formula}`),
    '',
    'Per class of a multi-class decision (--decision; rule option class=<name>):',
    ...CLASS_RULE_IDS.map((k) => `  ${pad(k, width)}${pad(CLASS_RULE_EXPLANATIONS[k].title, titles)}${CLASS_RULE_EXPLANATIONS[k].formula}`),
    'Inequality of benefit, one value per attribute (with a decision and a label; b = ŷ − y + 1):',
    ...INEQUALITY_IDS.map((k) => `  ${pad(k, width)}${pad(INEQUALITY_EXPLANATIONS[k].title, titles)}${INEQUALITY_EXPLANATIONS[k].short}`),
    '',
    'Over time (--period, --every):',
    `  ${pad('drift', width)}${pad('change of a metric between time windows', titles)}|value_w − value_earlier| ≤ maxChange`,
    '',
    'Run `fairgate explain <metric>` for meaning, legal context and when a value is undefined.',
    '',
  ].join('\n');
}

/** The metric, disparity, stratified and drift keys (and, `withAliases`, the other names people use for them). */
export function metricTopicNames(options: { withAliases?: boolean } = {}): string[] {
  return [...METRIC_IDS, ...DISPARITY_IDS, ...STRATIFIED_IDS, ...CLASS_RULE_IDS, ...INEQUALITY_IDS, 'drift', ...(options.withAliases ? Object.keys(ALIASES) : [])];
}

function resolveName(name: string): string {
  const key = name.trim().toLowerCase().replace(/[-\s]+/g, '_');
  // what was typed is data: `constructor` or `__proto__` are not aliases
  return Object.hasOwn(ALIASES, key) ? ALIASES[key]! : key;
}

/** `fairgate explain <metric>`; an unknown name is a usage error with a suggestion. */
export function explainMetric(name: string): string {
  const key = resolveName(name);
  if (isStratified(key) || key === 'drift') return explainSplit(key);
  if (isClassRule(key)) return explainClassRule(key, (t) => wrap(t));
  if (isInequality(key)) return explainInequality(key);
  const known = [...METRIC_IDS, ...DISPARITY_IDS, ...STRATIFIED_IDS, ...CLASS_RULE_IDS, ...INEQUALITY_IDS, 'drift'] as string[];
  if (!known.includes(key)) {
    throw new UsageError(`unknown metric "${name}"${didYouMean(key, [...known, ...Object.keys(ALIASES)])} Run \`fairgate explain\` for the list.`);
  }
  const isDisparity = Object.hasOwn(DISPARITIES, key);
  const def = isDisparity ? DISPARITIES[key as keyof typeof DISPARITIES] : METRICS[key as keyof typeof METRICS];
  const text: Explanation | undefined = isDisparity
    ? (DISPARITY_EXPLANATIONS as Record<string, Explanation>)[key]
    : (METRIC_EXPLANATIONS as Record<string, Explanation>)[key];
  const facts = [`${key} — ${def.title}`, '', `  formula:   ${text?.formula ?? def.formula}`];
  if (!isDisparity) facts.push(`  direction: ${FAVOURABLE[(def as { favourable: string }).favourable]}`);
  if (isDisparity) facts.push(`  compares:  ${(def as { bases: readonly string[] }).bases.join(', ')} of the group with its reference group`);
  if (!text) return `${facts.join('\n')}\n`;
  const blocks = [facts.join('\n'), `Meaning:\n${wrap(text.meaning)}`, `Undefined (null) when:\n${wrap(text.undefinedWhen)}`];
  if (text.context?.length) blocks.push(`Context:\n${text.context.map((c) => wrap(c)).join('\n\n')}\n\n${wrap(CONTEXT.notLegalAdvice)}`);
  if (text.example) blocks.push(`Example rule:\n  fairgate audit data.csv --rule "${text.example}"`);
  return `${blocks.join('\n\n')}\n`;
}

/** `fairgate explain cdd` (and the other stratified statistics), `fairgate explain drift`. */
function explainSplit(key: string): string {
  const isDrift = key === 'drift';
  const text = isDrift ? DRIFT_EXPLANATION : STRATIFIED_EXPLANATIONS[key as keyof typeof STRATIFIED_EXPLANATIONS];
  const title = isDrift ? 'change of a metric between time windows' : STRATIFIED[key as keyof typeof STRATIFIED].title;
  const direction = isDrift ? 'a smaller change is steadier' : STRATIFIED[key as keyof typeof STRATIFIED].favourable === 'low' ? 'lower is better for the group (0: parity)' : 'higher is better for the group (1: parity)';
  const blocks = [
    `${key} — ${title}\n\n  formula:\n${wrap(text.formula!, 80, '    ')}\n  direction: ${direction}`,
    `Meaning:\n${wrap(text.meaning)}`,
    `Undefined (null) when:\n${wrap(text.undefinedWhen)}`,
  ];
  if (text.context?.length) blocks.push(`Context:\n${text.context.map((c) => wrap(c)).join('\n\n')}`);
  const flags = isDrift ? `--period date --every month --drift "${text.example}"` : `--strata region --rule "${text.example}"`;
  blocks.push(`Example:\n  fairgate audit data.csv ${flags}`);
  return `${blocks.join('\n\n')}\n`;
}

/** `fairgate explain generalized_entropy`, `fairgate explain between_group_entropy`. */
function explainInequality(key: InequalityId): string {
  const text = INEQUALITY_EXPLANATIONS[key];
  const blocks = [
    `${key} — ${text.title}\n\n  formula:\n${wrap(text.formula!, 80, '    ')}\n  direction: lower is more equal (0: every row, or every group, gets the same benefit)`,
    `Meaning:\n${wrap(text.meaning)}`,
    `Undefined (null) when:\n${wrap(text.undefinedWhen)}`,
  ];
  if (text.context?.length) blocks.push(`Context:\n${text.context.map((c) => wrap(c)).join('\n\n')}`);
  blocks.push(`Example:\n  fairgate audit data.csv --prediction targeted --label converted --rule "${text.example}"`);
  return `${blocks.join('\n\n')}\n`;
}
