import { criticalValue } from '../stats/normal-quantile.js';

/** Critical value of the standard normal for a two-sided 95 % interval, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/** The interval level and its critical value, computed once per run. */
export interface IntervalSettings {
  confidence: number;
  /** Φ⁻¹(1 − (1 − confidence)/2) */
  z: number;
}

export const DEFAULT_INTERVALS: IntervalSettings = { confidence: 0.95, z: Z_95 };

export function intervalSettings(confidence: number): IntervalSettings {
  return { confidence, z: criticalValue(confidence) };
}
