/**
 * The order people expect for group names: numbers inside values compare as
 * numbers (`age 9` before `age 10`), and ordinal bands by the range they cover,
 * so `<25`, `25-34`, …, `65+` read youngest first (byte order puts `65+` before
 * `<25`). Intersections (`65+|Female`) compare part by part. Ties fall back to
 * byte order, so the order is total and the same in every run.
 */

/** A band's lower and upper end; -∞/+∞ for open ends. */
interface Band {
  low: number;
  high: number;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const BELOW = new RegExp(String.raw`^(?:<=?|≤|under|below|less than|younger than|up to)\s*${NUMBER}$`, 'i');
const ABOVE = new RegExp(String.raw`^(?:(?:>=?|≥|over|above|greater than|more than|older than)\s*${NUMBER}|${NUMBER}\s*(?:\+|or (?:more|older|over)|and (?:over|above|older)))$`, 'i');
const RANGE = new RegExp(String.raw`^${NUMBER}\s*(?:-|–|—|to)\s*${NUMBER}$`, 'i');
const SINGLE = new RegExp(String.raw`^${NUMBER}$`);

/** `<25` → (-∞, 25); `25-34` → (25, 34); `65+` → (65, +∞); `42` → (42, 42); anything else → undefined. */
export function bandOf(value: string): Band | undefined {
  const v = value.trim();
  let m = BELOW.exec(v);
  if (m) return { low: -Infinity, high: Number(m[1]) };
  m = ABOVE.exec(v);
  if (m) return { low: Number(m[1] ?? m[2]), high: Infinity };
  m = RANGE.exec(v);
  if (m) return { low: Number(m[1]), high: Number(m[2]) };
  m = SINGLE.exec(v);
  return m ? { low: Number(m[1]), high: Number(m[1]) } : undefined;
}

const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byNumber = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Text and numbers in turn: `Q10 2024` → ['Q', 10, ' ', 2024]. */
function chunks(value: string): (string | number)[] {
  return value.split(/(\d+)/).filter((s) => s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function compareChunks(a: string, b: string): number {
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (typeof p === 'number' && typeof q === 'number') {
      if (p !== q) return byNumber(p, q);
    } else if (p !== q) {
      // a text chunk holds no digit, so it sorts before or after every number alike: the order stays total
      return byBytes(String(p), String(q));
    }
  }
  return x.length - y.length;
}

/**
 * One value of one column: bands first, by their range; then other values
 * (`(missing)`, names), as text with numbers compared as numbers. Two classes,
 * each totally ordered, so the order is total whatever mix a column holds.
 */
function compareValue(a: string, b: string): number {
  const x = bandOf(a);
  const y = bandOf(b);
  if (x && y) return byNumber(x.low, y.low) || byNumber(x.high, y.high) || byBytes(a, b);
  if (x || y) return x ? -1 : 1;
  return compareChunks(a, b) || byBytes(a, b);
}

/** The natural order of two group keys (intersections part by part, split at `|`). */
export function compareNatural(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.split('|');
  const y = b.split('|');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareValue(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return x.length - y.length || byBytes(a, b);
}
