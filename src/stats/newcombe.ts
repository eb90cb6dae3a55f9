import type { Interval } from '../model/interval.js';
import { wilsonInterval } from './wilson.js';

/**
 * Newcombe's hybrid score interval for the difference p̂₁ − p̂₂ of two
 * independent proportions (method 10 of R. G. Newcombe, "Interval estimation
 * for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17 (1998) 873–890). With (l₁, u₁), (l₂, u₂)
 * the Wilson intervals of each proportion and d = p̂₁ − p̂₂:
 *
 *   L = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²),   U = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
 *
 * Defined whenever both samples are non-empty (zero cells need no correction).
 */
export function newcombeInterval(x1: number, n1: number, x2: number, n2: number, z: number): Interval | null {
  const w1 = wilsonInterval(x1, n1, z);
  const w2 = wilsonInterval(x2, n2, z);
  if (!w1 || !w2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const d = p1 - p2;
  const lower = d - Math.hypot(p1 - w1[0], w2[1] - p2);
  const upper = d + Math.hypot(w1[1] - p1, p2 - w2[0]);
  return [Math.max(-1, lower), Math.min(1, upper)];
}
