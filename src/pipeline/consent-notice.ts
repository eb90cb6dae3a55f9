import type { AuditConfig } from '../model/config.js';
import type { TallyTable } from '../core/types.js';
import type { Notice } from '../model/notice.js';
import type { SuppressionPlan } from '../privacy/suppression-plan.js';
import { auditedTallies } from '../metrics/split-tallies.js';
import { optOutSpread } from '../metrics/consent-clustering.js';

/** With `--consent`: per audited attribute, whether opting out clusters in one of its published groups. */
export function consentNotices(table: TallyTable, config: Readonly<AuditConfig>, plan: SuppressionPlan | undefined): Notice[] {
  if (!table.capabilities.hasConsent) return [];
  return auditedTallies(table).flatMap((a, i): Notice[] => {
    const spread = optOutSpread(a, new Set(plan?.masks[i]?.keys()));
    return spread ? [{ code: 'consent-opt-out', args: { ...spread, alpha: config.alpha } }] : [];
  });
}
