import { decisionSource } from '../config/decision-source.js';
import type { AuditConfig } from '../config/types.js';
import type { Capabilities } from './types.js';

/** Which inputs a run has, from its resolved config. */
export function capabilitiesOf(config: Readonly<AuditConfig>): Capabilities {
  return {
    hasDecision: decisionSource(config) !== 'none',
    hasLabel: config.columns.label !== undefined,
    hasScore: config.columns.score !== undefined,
    hasRank: config.columns.rank !== undefined,
  };
}
