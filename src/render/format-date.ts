/**
 * Dates for people: `1 January 2026, 00:00 UTC` in headers and prose; the
 * provenance keeps the ISO 8601 text (`2026-01-01T00:00:00.000Z`) that
 * machines and reproductions compare. English month names, fixed here, so a
 * report reads the same on every machine whatever its locale.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-06-30` → `30 June 2025`; text that is not such a date is returned as it is. */
export function humanDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** `2026-01-01T00:00:00.000Z` → `1 January 2026, 00:00 UTC` (in UTC, as the report's time is written); other text is returned as it is. */
export function humanTime(iso: string): string {
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** `2025-01-01`–`2025-06-30` → `1 January 2025 to 30 June 2025`; one day reads as that day. */
export function humanPeriod(period: { from: string; to: string }): string {
  return period.from === period.to ? humanDay(period.from) : `${humanDay(period.from)} to ${humanDay(period.to)}`;
}
