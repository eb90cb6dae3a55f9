/**
 * Counts in prose agree with their number: "1 row", "2 rows", "0 rows", "1 of
 * 1 check", "1 rule"; never "1 rows" or "row(s)". Every count a message or a
 * report states goes through here, with its noun phrase in the plural: the
 * singular drops the final "s" of its last word, before a bracket
 * (`selected rows (tp+fp)` → `selected row (tp+fp)`); an irregular one is given.
 */

/** The singular of a regular plural noun phrase: its last word (a bracket at the end aside) loses its final "s". */
export function singularOf(plural: string): string {
  return plural.replace(/s(?=( \([^)]*\))?$)/, '');
}

/** The noun for `n` things: the plural, or the singular for exactly one. */
export function nounFor(n: number, plural: string, singular = singularOf(plural)): string {
  return n === 1 ? singular : plural;
}

/** `1 row`, `3 rows`; `format` writes the number (e.g. with digit groups). */
export function countOf(n: number, plural: string, options: { singular?: string; format?: (n: number) => string } = {}): string {
  return `${(options.format ?? String)(n)} ${nounFor(n, plural, options.singular)}`;
}

/** `2 of 30 rows`, `1 of 1 row`: the noun agrees with the whole. */
export function partOf(part: number, whole: number, plural: string, format: (n: number) => string = String): string {
  return `${format(part)} of ${countOf(whole, plural, { format })}`;
}
