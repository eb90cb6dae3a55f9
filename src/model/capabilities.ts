import { decisionSource } from './decision-source.js';
import type { AuditConfig } from './config.js';
import type { Capabilities } from '../core/types.js';

/** Which inputs a run has, from its resolved config. */
export function capabilitiesOf(config: Readonly<AuditConfig>): Capabilities {
  return {
    hasDecision: decisionSource(config) !== 'none',
    hasLabel: config.columns.label !== undefined,
    hasScore: config.columns.score !== undefined,
    hasRank: config.columns.rank !== undefined,
  };
}
