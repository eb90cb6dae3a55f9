import type { AuditResult } from '../../model/audit-result.js';
import type { Finding } from '../../model/finding.js';
import { formatPValue, formatValue, formatLevel } from '../format-number.js';
import { valueAndRange } from '../interval-text.js';
import { stratifiedDef, titleOf } from '../metric-info.js';
import { groupLabel } from '../verdicts.js';
import type { FindingContext } from './finding-context.js';

const signed = (x: number) => (x < 0 ? `−${formatValue(-x)}` : `+${formatValue(x)}`);
const comparedWith = (reference: string | null | undefined) => (reference === '(rest)' ? 'every other row of the attribute' : reference);

/**
 * The plain core of a stratified rule's finding: "within department, the
 * Mantel–Haenszel odds ratio of selection of Female (gender) against Male was
 * 1.105 (95 % CI 0.943–1.295; p = 0.23 after Holm's correction)"; undefined
 * for other metrics.
 */
export function stratifiedCore(f: Finding, result: AuditResult): { core: string; scale: 'plain' } | undefined {
  const def = stratifiedDef(f.metric);
  if (!def || f.value === null) return undefined;
  const shown = f.interval ? valueAndRange(f.value, f.interval) : { value: formatValue(f.value), interval: undefined };
  const notes = [
    ...(shown.interval ? [`${formatLevel(result.config.confidence)} CI ${shown.interval}`] : []),
    ...(f.pValueAdjusted !== undefined ? [`p ${formatPValue(f.pValueAdjusted)} after Holm's correction (Cochran–Mantel–Haenszel test)`] : []),
  ];
  const within = `within ${(result.strata?.columns ?? []).join(' × ') || 'the strata'}`;
  return { core: `${within}, the ${def.title} of ${groupLabel(f)} against ${comparedWith(f.reference)} was ${shown.value}${notes.length ? ` (${notes.join('; ')})` : ''}`, scale: 'plain' };
}

/** `disparate_impact of gender=Female (vs Male)` in a window. */
const subject = (f: Finding) => `${f.metric} of ${f.attribute}=${f.group}${f.reference ? ` (vs ${f.reference})` : ''}`;

/** Terse: "drift of disparate_impact of gender=Female (vs Male): 0.71 in 2024-03, 0.85 in 2024-02 (−0.14), beyond ±0.1". */
export function driftText(f: Finding): string {
  const bound = f.bound.maxChange!;
  const earlier = f.earlier!;
  if (f.reason === 'no-earlier-value') return `inconclusive: drift of ${subject(f)} in ${f.window}: no value in ${earlier.window} to compare with`;
  const verdict = f.reason === 'drifted' ? `beyond ±${bound}` : `within ±${bound}`;
  return `drift of ${subject(f)}: ${formatValue(f.value)} in ${f.window}, ${formatValue(earlier.value)} in ${earlier.window} (${signed(f.change!)}), ${verdict}`;
}

/** Plain: "From 2024-02 to 2024-03 the disparate impact of Female (gender) against Male moved from 0.850 to 0.710 (−0.140); the drift rule allows at most ±0.1." */
export function driftProse(f: Finding, _result: AuditResult, _context: FindingContext): string {
  const earlier = f.earlier!;
  const before = earlier.reference;
  const against = f.reference ? (before !== undefined && before !== f.reference ? ` (against ${before ?? 'no group'} then, ${f.reference} now)` : ` against ${f.reference}`) : '';
  if (f.reason === 'no-earlier-value') {
    return `No verdict for ${groupLabel(f)} on ${f.rule} in ${f.window}: ${earlier.window} has no value of the ${titleOf(f.metric)} to compare with (too few rows, no reference, or undefined).`;
  }
  const moved = `From ${earlier.window} to ${f.window} the ${titleOf(f.metric)} of ${groupLabel(f)}${against} moved from ${formatValue(earlier.value)} to ${formatValue(f.value)} (${signed(f.change!)})`;
  const rule = `the drift rule allows at most ±${f.bound.maxChange} from the ${f.rule.endsWith('from=first') ? 'first' : 'previous'} window`;
  return f.reason === 'drifted' ? `${moved}; ${rule}${f.status === 'warn' ? ' (a warning, not a failure).' : '.'}` : `${moved}; ${rule} — met.`;
}

/** The report as a window's finding reads it: that window's attributes in place of the whole run's. */
export function windowView(result: AuditResult, f: Finding): AuditResult {
  const w = f.window === undefined ? undefined : result.windows?.windows.find((x) => x.window === f.window);
  return w ? { ...result, attributes: w.attributes } : result;
}

/** The window a finding is about, said first: "[2024-03] …" (terse), "In 2024-03: …" (plain); drift sentences name their windows themselves. */
export function inWindow(f: Finding, text: string, wording: 'terse' | 'plain'): string {
  if (f.window === undefined || f.reason === 'drifted' || f.reason === 'drift-within-bound' || f.reason === 'no-earlier-value') return text;
  return wording === 'terse' ? `[${f.window}] ${text}` : `In ${f.window}: ${text}`;
}

const ratioWords = (x: number) => (x < 1 ? 'less often' : 'more often');

/**
 * Simpson's paradox in words: "gender=Female: crude, Female is selected less
 * often than Male (selection-rate ratio 0.68), but within department more
 * often (Mantel–Haenszel odds ratio 1.11, standardised rate ratio 1.11); …"
 */
export function paradoxSentence(a: {
  attribute: string;
  group: string;
  reference: string | null;
  columns: string[];
  crudeRateRatio: number | null;
  mhOddsRatio: number | null;
  standardisedRateRatio: number | null;
  crudeDd: number | null;
  cdd: number | null;
}): string {
  const within = a.columns.join(' × ');
  const parts: string[] = [];
  const { crudeRateRatio: crude, mhOddsRatio: mh } = a;
  if (a.reference !== null && crude !== null && mh !== null && (crude - 1) * (mh - 1) < 0) {
    const std = a.standardisedRateRatio === null ? '' : `, standardised rate ratio ${formatValue(a.standardisedRateRatio)}`;
    parts.push(`overall ${a.group} is selected ${ratioWords(crude)} than ${comparedWith(a.reference)} (selection-rate ratio ${formatValue(crude)}), but within ${within} ${ratioWords(mh)} (Mantel–Haenszel odds ratio ${formatValue(mh)}${std})`);
  }
  if (a.crudeDd !== null && a.cdd !== null && a.crudeDd * a.cdd < 0) {
    const share = (x: number) => (x > 0 ? 'more of the rejected than of the selected' : 'more of the selected than of the rejected');
    parts.push(`overall ${a.group} makes up ${share(a.crudeDd)} (demographic disparity ${signed(a.crudeDd)}), but within ${within} ${share(a.cdd)} (conditional demographic disparity ${signed(a.cdd)})`);
  }
  return `Simpson's paradox for ${a.attribute}=${a.group}: ${parts.join('; and ')}. The crude comparison and the one within the legitimate factors point in opposite directions: ${within} explains the crude gap, or hides one`;
}
