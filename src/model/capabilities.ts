import { decisionSource } from './decision-source.js';
import type { AuditConfig } from './config.js';

/** Which inputs a run has; metrics that need a missing input are absent. */
export interface Capabilities {
  hasDecision: boolean;
  hasLabel: boolean;
  hasScore: boolean;
  /** a rank column (ranked outputs: exposure, selection at k) */
  hasRank: boolean;
  /** a numeric outcome column (`--outcome`: offer value, price, discount); absent means none */
  hasOutcome?: boolean;
  /** a consent column (`--consent`); absent means none */
  hasConsent?: boolean;
  /** a candidate model's decision column (`--candidate`); absent means none */
  hasCandidate?: boolean;
  /** a multi-class decision column (`--decision`: offer, creative, tier); absent means none */
  hasClasses?: boolean;
}

/** Which inputs a run has, from its resolved config. */
export function capabilitiesOf(config: Readonly<AuditConfig>): Capabilities {
  return {
    hasDecision: decisionSource(config) !== 'none',
    hasLabel: config.columns.label !== undefined,
    hasScore: config.columns.score !== undefined,
    hasRank: config.columns.rank !== undefined,
    hasOutcome: config.columns.outcome !== undefined,
    // only when given, so capabilities of runs without it are unchanged
    ...(config.columns.consent !== undefined ? { hasConsent: true } : {}),
    ...(config.columns.candidate !== undefined ? { hasCandidate: true } : {}),
    ...(config.columns.decision !== undefined ? { hasClasses: true } : {}),
  };
}
