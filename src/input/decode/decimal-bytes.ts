const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const DOT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * The value of a plain unsigned decimal (`0.123456`, `1`, `.5`) in
 * buf[start, end) with at most 15 digits and `mark` (`.`, or `,` for decimal commas) as the decimal point, or −1 for anything else (signs,
 * exponents, spaces, more digits), which the caller parses from its text.
 * Exact: the digits form an integer m < 2^53 and 10^k is a double, so m / 10^k
 * is the double nearest to the decimal — what Number(text) returns.
 */
export function parseSimpleDecimal(buf: Uint8Array, start: number, end: number, mark = DOT): number {
  let m = 0;
  let digits = 0;
  let dot = -1;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c >= ZERO && c <= NINE) {
      m = m * 10 + (c - ZERO);
      digits++;
    } else if (c === mark && dot < 0) dot = i;
    else return -1;
  }
  if (digits === 0 || digits > 15) return -1;
  return dot < 0 ? m : m / POW10[end - dot - 1]!;
}
