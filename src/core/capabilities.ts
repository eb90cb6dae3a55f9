import type { AuditConfig } from '../config/types.js';
import type { Capabilities } from './types.js';

/** Which inputs a run has, from its resolved config. */
export function capabilitiesOf(config: Readonly<AuditConfig>): Capabilities {
  return {
    hasDecision: config.columns.prediction !== undefined || config.threshold !== null,
    hasLabel: config.columns.label !== undefined,
    hasScore: config.columns.score !== undefined,
  };
}
