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

function compareChunks(x: readonly (string | number)[], y: readonly (string | number)[]): number {
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

/** One value of one column, read once for comparing: its band, or its chunks. */
interface ValueKey {
  text: string;
  band: Band | undefined;
  chunks: (string | number)[] | undefined;
}

/** A group key read once for comparing: its parts (split at `|`). */
export interface NaturalKey {
  text: string;
  parts: ValueKey[];
}

export function naturalKey(key: string): NaturalKey {
  return {
    text: key,
    parts: key.split('|').map((text) => {
      const band = bandOf(text);
      return { text, band, chunks: band ? undefined : chunks(text) };
    }),
  };
}

/**
 * One value of one column: bands first, by their range; then other values
 * (`(missing)`, names), as text with numbers compared as numbers. Two classes,
 * each totally ordered, so the order is total whatever mix a column holds.
 */
function compareValue(a: ValueKey, b: ValueKey): number {
  const x = a.band;
  const y = b.band;
  if (x && y) return byNumber(x.low, y.low) || byNumber(x.high, y.high) || byBytes(a.text, b.text);
  if (x || y) return x ? -1 : 1;
  return compareChunks(a.chunks!, b.chunks!) || byBytes(a.text, b.text);
}

/** The natural order of two keys read by `naturalKey`. */
export function compareNaturalKeys(a: NaturalKey, b: NaturalKey): number {
  if (a.text === b.text) return 0;
  for (let i = 0; i < Math.min(a.parts.length, b.parts.length); i++) {
    const c = compareValue(a.parts[i]!, b.parts[i]!);
    if (c !== 0) return c;
  }
  return a.parts.length - b.parts.length || byBytes(a.text, b.text);
}

/** The natural order of two group keys (intersections part by part, split at `|`). */
export function compareNatural(a: string, b: string): number {
  return a === b ? 0 : compareNaturalKeys(naturalKey(a), naturalKey(b));
}

/** Items sorted by the natural order of their keys, each key read once (a sort of n items compares n log n times). */
export function sortNatural<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: naturalKey(keyOf(item)) }))
    .sort((a, b) => compareNaturalKeys(a.key, b.key))
    .map((x) => x.item);
}
