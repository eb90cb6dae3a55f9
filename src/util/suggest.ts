/** Levenshtein distance, case-insensitive (names in CSV headers vary in case). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[t.length]!;
}

/** The closest candidates to a misspelt name (at most 3, within a third of its length). */
export function closestNames(name: string, candidates: readonly string[]): string[] {
  const limit = Math.max(2, Math.ceil(name.length / 3));
  const scored = candidates.map((c) => ({ c, d: editDistance(name, c) })).sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1));
  const near = scored.filter(({ d }) => d <= limit);
  // no near spelling: fall back to names that contain what was typed (`race` -> `race_ethnicity`)
  const pool = near.length > 0 ? near : scored.filter(({ c }) => c.toLowerCase().includes(name.toLowerCase()));
  return pool.slice(0, 3).map(({ c }) => c);
}

/** `; did you mean "x"?` or an empty string. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const close = closestNames(name, candidates);
  if (close.length === 0) return '';
  return `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`;
}

/** A list of names for an error message, cut after `max`. */
export function listNames(names: readonly string[], max = 40): string {
  const shown = names.slice(0, max).map((n) => JSON.stringify(n)).join(', ');
  return names.length > max ? `${shown}, … (${names.length - max} more)` : shown;
}
