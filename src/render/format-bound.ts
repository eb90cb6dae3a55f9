/**
 * A positive bound with two significant digits, rounded up (a bound must not
 * shrink when printed): 3.14e-6 → `3.2e-6`. Used for the AUC grid's error
 * bound, which every format states beside the AUC it bounds.
 */
export function formatBound(x: number): string {
  if (!(x > 0)) return '0';
  const e = Math.floor(Math.log10(x));
  const text = (m: number) => (m >= 100 ? `${(m / 100).toFixed(1)}e${e + 1}` : `${(m / 10).toFixed(1)}e${e}`);
  // the smallest two-digit mantissa whose printed value is not below x (the division is inexact, so checked on the text)
  let m = Math.round(x / 10 ** (e - 1));
  while (Number(text(m)) < x) m++;
  while (m > 10 && Number(text(m - 1)) >= x) m--;
  return text(m);
}
