import type { AuditConfig } from '../model/config.js';
import { isWithheldInequality, withholdBetweenGroup } from './withhold-inequality.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { Notice } from '../model/notice.js';
import type { Finding } from '../model/finding.js';
import type { SuppressionPlan } from './suppression-plan.js';
import type { PrivacySummary, SuppressionMark } from '../model/sections.js';
import { nestingNotices } from './nesting-notices.js';
import { hiddenCountFinding, isNamedBreach } from './consent-suppression.js';

const COUNT_KEYS = ['selected', 'positives', 'tp', 'fp', 'tn', 'fn', 'atK'] as const;

/** A masked group: the key stays (so readers see the group exists); every count and value is null, nothing else is kept. */
export function maskGroup(g: GroupResult, mark: SuppressionMark): GroupResult {
  const masked: GroupResult = { key: g.key, values: g.values, suppressed: mark, n: null, metrics: {}, intervals: {}, disparities: {} };
  for (const key of COUNT_KEYS) if (g[key] !== undefined) masked[key] = null;
  masked.metrics = Object.fromEntries(Object.keys(g.metrics).map((m) => [m, null]));
  return masked;
}

/** A masked group's finding: which rule and group, and why there is no verdict; nothing measured. */
export function suppressedFinding(f: Finding, mark: SuppressionMark): Finding {
  return {
    rule: f.rule,
    metric: f.metric,
    attribute: f.attribute,
    group: f.group,
    value: null,
    bound: f.bound,
    status: 'suppressed' as const,
    reason: `suppressed-${mark}` as const,
    severity: f.severity,
    n: null,
  };
}

export interface SuppressedReport {
  attributes: AttributeResult[];
  overall: GroupResult;
  findings: Finding[];
  privacy?: PrivacySummary;
  notices: Notice[];
}

interface Facts {
  judged: readonly AttributeResult[];
  verdicts: readonly Finding[];
  shown: readonly Finding[];
  isWithheld: boolean;
}

function summarise(plan: SuppressionPlan, { judged, verdicts, shown, isWithheld }: Facts): PrivacySummary {
  const attributes = judged.map((a, i) => {
    const masks = plan.masks[i]!;
    const masked = a.groups.filter((g) => masks.has(g.key));
    return {
      name: a.name,
      primary: masked.filter((g) => masks.get(g.key) === 'primary').length,
      secondary: masked.filter((g) => masks.get(g.key) === 'secondary').length,
      rowsMasked: masked.reduce((sum, g) => sum + (g.n ?? 0), 0),
    };
  });
  const hidden = verdicts.filter((_, i) => shown[i]!.status === 'suppressed');
  return {
    suppressBelow: plan.k,
    groupsMasked: { primary: attributes.reduce((s, a) => s + a.primary, 0), secondary: attributes.reduce((s, a) => s + a.secondary, 0) },
    rowsMasked: attributes.reduce((s, a) => s + a.rowsMasked, 0),
    attributes,
    hiddenVerdicts: { fail: hidden.filter((f) => f.status === 'fail').length, inconclusive: hidden.filter((f) => f.status === 'inconclusive').length },
    calibrationWithheld: isWithheld,
    unprotected: plan.unprotected,
  };
}

/** One notice that says what was hidden and why (its arguments: the privacy section). */
export function suppressionNotice(p: PrivacySummary): Notice {
  return { code: 'suppressed-groups', args: p };
}

/**
 * Applies a plan to the judged attributes. `verdicts` are the findings on the
 * unmasked groups: the run's status is computed from them by the caller, so
 * hiding a group cannot hide its failure from the exit code.
 */
export function applySuppression(
  judged: AttributeResult[],
  overall: GroupResult,
  verdicts: Finding[],
  plan: SuppressionPlan | undefined,
  config: Readonly<AuditConfig>,
): SuppressedReport {
  if (!plan) return { attributes: judged, overall, findings: verdicts, notices: [] };
  const masked = judged.map((a, i) => {
    const masks = plan.masks[i]!;
    return withholdBetweenGroup({ ...a, groups: a.groups.map((g) => (masks.has(g.key) ? maskGroup(g, masks.get(g.key)!) : g)) }, masks.size > 0);
  });
  const findings = verdicts.map((f) => {
    const masks = plan.masks[config.groups.indexOf(f.attribute)];
    const mark = masks?.get(f.group) ?? (isWithheldInequality(f, (masks?.size ?? 0) > 0) ? 'secondary' : undefined);
    if (!mark) return f;
    return isNamedBreach(f) ? hiddenCountFinding(f) : suppressedFinding(f, mark);
  });
  const isWithheld = hasSmallBin([overall, ...masked.flatMap((a) => a.groups)], plan.k);
  const attributes = isWithheld ? masked.map((a) => ({ ...a, groups: a.groups.map(withoutBins) })) : masked;
  const privacy = summarise(plan, { judged, verdicts, shown: findings, isWithheld });
  return { attributes, overall: isWithheld ? withoutBins(overall) : overall, findings, privacy, notices: [suppressionNotice(privacy), ...nestingNotices(plan)] };
}

/**
 * A calibration bin is a group of rows too: one with a single row prints that
 * row's score. Bins obey the same sums as groups (across groups and within
 * one), so rather than a second suppression over bins × groups, the bins are
 * published only when every one of them has at least k rows.
 */
function hasSmallBin(groups: readonly GroupResult[], k: number): boolean {
  return groups.some((g) => g.calibration?.some((b) => b.n < k));
}

function withoutBins(g: GroupResult): GroupResult {
  if (g.calibration === undefined) return g;
  const { calibration: _, ...rest } = g;
  return rest;
}
