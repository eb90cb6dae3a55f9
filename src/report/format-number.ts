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
