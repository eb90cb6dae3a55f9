import type { AuditConfig, Rule } from '../model/config.js';
import type { AttributeResult } from '../model/audit-result.js';
import type { Finding, FindingReason } from '../model/finding.js';
import type { DriftRule } from '../model/split-settings.js';
import { MISSING_GROUP } from '../core/types.js';
import { findGroup } from '../metrics/group-index.js';
import { evaluateRules, statisticsOf, toFinding } from './evaluate.js';
import { unjudgeable } from './unjudgeable.js';

/** A window as the rules see it: its label and its attributes. */
export interface JudgedWindowLike {
  window: string;
  attributes: readonly AttributeResult[];
}

/** Each window's threshold rules, as for the whole run, each finding marked with its window. */
function windowRuleFindings(windows: readonly JudgedWindowLike[], config: Readonly<AuditConfig>): Finding[] {
  return windows.flatMap((w) => evaluateRules(w.attributes, config).map((f) => ({ ...f, window: w.window })));
}

/** A drift rule as a rule (its metric and severity), for the shared checks. */
const asRule = (d: DriftRule): Rule => ({ id: d.id, metric: d.metric, severity: d.severity, maxAbs: d.maxChange });

/** The value of a drift rule's metric on a group of a window, or why there is none to compare. */
function valueIn(rule: DriftRule, attribute: AttributeResult | undefined, key: string, config: Readonly<AuditConfig>) {
  const group = attribute && findGroup(attribute.groups, key);
  if (!attribute || !group) return { group, value: null, reason: 'small-group' as FindingReason };
  const facts = statisticsOf(asRule(rule), group);
  const blocked = unjudgeable(asRule(rule), attribute, group, facts.value, config);
  return { group, ...facts, reason: blocked?.reason };
}

/**
 * Drift findings: in every window after the first, each group's value of the
 * rule's metric against its value in the previous window (or the first),
 * |change| ≤ maxChange. No verdict when either value cannot be judged (a small
 * group, no reference, an undefined value). The window of rows without a date
 * takes no part.
 */
function driftFindings(windows: readonly JudgedWindowLike[], config: Readonly<AuditConfig>): Finding[] {
  const dated = windows.filter((w) => w.window !== MISSING_GROUP);
  const findings: Finding[] = [];
  for (const rule of config.drift ?? []) {
    dated.forEach((w, i) => {
      if (i === 0) return;
      const earlier = rule.from === 'first' ? dated[0]! : dated[i - 1]!;
      for (const attribute of w.attributes) {
        if (rule.attributes && !rule.attributes.includes(attribute.name)) continue;
        const before = earlier.attributes.find((a) => a.name === attribute.name);
        for (const group of attribute.groups) {
          const now = valueIn(rule, attribute, group.key, config);
          const then = valueIn(rule, before, group.key, config);
          const change = now.value !== null && then.value !== null ? now.value - then.value : null;
          const reason: FindingReason = now.reason ?? (then.reason !== undefined ? 'no-earlier-value' : Math.abs(change!) <= rule.maxChange * (1 + 1e-12) ? 'drift-within-bound' : 'drifted');
          const { group: _group, reason: _reason, ...facts } = now;
          findings.push({ ...toFinding(rule, attribute, group, { ...facts, bound: { maxChange: rule.maxChange }, reason }), window: w.window, earlier: { window: earlier.window, value: then.value, ...('reference' in then ? { reference: then.reference ?? null } : {}) }, change });
        }
      }
    });
  }
  return findings;
}

/** Every finding on the time windows: the threshold rules in each window, then the drift rules. */
export function evaluateWindows(windows: readonly JudgedWindowLike[], config: Readonly<AuditConfig>): Finding[] {
  return [...windowRuleFindings(windows, config), ...driftFindings(windows, config)];
}
