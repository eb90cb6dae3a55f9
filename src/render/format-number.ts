/** A metric value for prose and tables: fixed decimals (3 by default), `—` for undefined. */
export function formatValue(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return '—';
  return value.toFixed(digits);
}

/** A proportion as a percentage with one decimal: 0.4485 → `44.9 %`. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${(value * 100).toFixed(1)} %`;
}

/** A confidence level as a percentage: 0.95 → `95 %`, 0.995 → `99.5 %`. */
export function formatLevel(confidence: number): string {
  return `${Number((confidence * 100).toFixed(2))} %`;
}

/** A p-value with two significant digits, or `< 0.0001` below that (more digits would claim precision no test has). */
export function formatPValue(p: number): string {
  if (p < 1e-4) return '< 0.0001';
  return `= ${Number(p.toPrecision(2))}`;
}
