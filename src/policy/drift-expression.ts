import { DISPARITY_IDS } from '../metrics/disparity.js';
import { METRIC_IDS } from '../metrics/registry.js';
import { didYouMean } from '../util/suggest.js';
import { DRIFT_FROM, type DriftFrom, type DriftRule } from '../model/split-settings.js';

/** The metrics a drift rule can follow: any per-group metric or disparity of a window's audit. */
export const DRIFT_METRICS: readonly DriftRule['metric'][] = [...DISPARITY_IDS, ...METRIC_IDS.filter((m) => m !== 'n')];

export type ParsedDrift = { ok: true; rule: DriftRule } | { ok: false; message: string };

/** Canonical text of a drift rule, used as its id: `drift(disparate_impact)<=0.1 from=previous`. */
export function formatDrift(rule: Pick<DriftRule, 'metric' | 'maxChange' | 'from'>): string {
  return `drift(${rule.metric})<=${rule.maxChange} from=${rule.from}`;
}

/** A checked drift rule from its parts; an error message names what is wrong. */
export function driftRule(parts: { metric: string; maxChange: number; from?: string; severity?: 'fail' | 'warn'; attributes?: string[]; id?: string }, text: string): ParsedDrift {
  const metric = parts.metric as DriftRule['metric'];
  if (!DRIFT_METRICS.includes(metric)) {
    return { ok: false, message: `unknown metric "${parts.metric}" in drift rule "${text}"${didYouMean(parts.metric, DRIFT_METRICS)} (see \`fairgate explain\` for the list)` };
  }
  if (!(Number.isFinite(parts.maxChange) && parts.maxChange >= 0)) return { ok: false, message: `drift rule "${text}": the largest change must be a number ≥ 0` };
  const from = (parts.from ?? 'previous') as DriftFrom;
  if (!DRIFT_FROM.includes(from)) return { ok: false, message: `drift rule "${text}": from can be ${DRIFT_FROM.join(' or ')}, got "${parts.from}"` };
  const rule: DriftRule = { id: parts.id ?? formatDrift({ metric, maxChange: parts.maxChange, from }), metric, maxChange: parts.maxChange, from, severity: parts.severity ?? 'fail' };
  if (parts.attributes?.length) rule.attributes = [...parts.attributes];
  return { ok: true, rule };
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const FORM = new RegExp(String.raw`^(?:drift\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)|([A-Za-z_][A-Za-z0-9_]*))\s*<=\s*(${NUMBER})(?:\s+from\s*=\s*([A-Za-z]+))?$`);

/**
 * Parses `disparate_impact<=0.1`, `drift(disparate_impact)<=0.1` and either
 * followed by `from=first` (default `from=previous`): in every window, each
 * group's value may differ from its value in the previous (or the first)
 * window by at most 0.1.
 */
export function parseDriftExpression(text: string): ParsedDrift {
  const m = text.trim().match(FORM);
  if (!m) {
    return { ok: false, message: `cannot read drift rule "${text}"; expected "metric<=largest change", optionally followed by from=previous or from=first, e.g. "disparate_impact<=0.1 from=first"` };
  }
  return driftRule({ metric: (m[1] ?? m[2])!, maxChange: Number(m[3]), ...(m[4] !== undefined ? { from: m[4] } : {}) }, text);
}
