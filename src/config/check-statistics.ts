import type { ConfigIssue } from '../model/errors.js';
import { CALIBRATION_TESTED, TESTED_METRICS, hasInterval, metricsWithInterval } from '../metrics/uncertainty.js';
import { hasThresholdBound } from '../policy/bounds.js';
import type { AuditConfig } from '../model/config.js';
import type { Need } from '../metrics/metric-def.js';

/**
 * The statistics options a run can honour: the bootstrap needs scores and
 * labels, `require: significant` a metric with a test (a disparity, a calibration metric), `bound: upper` a
 * metric with an interval (brier only with the bootstrap); both
 * qualify a threshold bound, so a rule with only `maxRegression` takes neither.
 */
export function checkStatistics(c: AuditConfig, caps: Record<Need, boolean>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const isBootstrapOn = c.bootstrap !== null;
  if (isBootstrapOn && !(caps.score && caps.label)) {
    issues.push({ path: 'bootstrap', message: 'the bootstrap resamples brier, which needs a score column (--score) and an outcome column (--label)' });
  }
  c.rules.forEach((rule, i) => {
    if ((rule.require || rule.bound) && !hasThresholdBound(rule)) {
      issues.push({ path: `rules.${i}`, message: `rule "${rule.id}": require and bound qualify a threshold (min, max, maxAbs or band); a rule with only maxRegression has none to qualify` });
      return;
    }
    if (rule.require === 'significant' && !TESTED_METRICS.includes(rule.metric) && !CALIBRATION_TESTED.includes(rule.metric)) {
      issues.push({ path: `rules.${i}.require`, message: `rule "${rule.id}": only disparities with a test against the reference, the comparisons within strata (Cochran–Mantel–Haenszel test) and the calibration metrics (test of perfect calibration) can require significance: ${[...TESTED_METRICS, ...CALIBRATION_TESTED].join(', ')}; require: point judges any metric on its estimate` });
    }
    if (rule.bound === 'upper' && !hasInterval(rule.metric, isBootstrapOn)) {
      const hint = rule.metric === 'brier' ? ' (brier gets one with --bootstrap)' : '';
      issues.push({ path: `rules.${i}.bound`, message: `rule "${rule.id}": ${rule.metric} has no confidence interval to judge${hint}; bound: upper works with ${metricsWithInterval(isBootstrapOn).join(', ')}` });
    }
  });
  return issues;
}
