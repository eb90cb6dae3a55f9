/**
 * A decimal text as the double JavaScript's Number() gives, in ClickHouse
 * 18.16 SQL.
 *
 * ClickHouse 18.16 parses text to Float64 (toFloat64OrNull, CAST, its CSV
 * input) with a fast algorithm that is not correctly rounded: about one text
 * in ten with 8 to 17 significant digits comes out one unit in the last place
 * off ("0.0573168184" gives 0.057316818400000004). A score one ulp off can
 * change its calibration bin or AUC grid cell at an edge, so the query does
 * what correctly rounded parsers do on their fast path (Clinger, 1990): the
 * digits as an integer M (exact while M ≤ 2^53) times or divided by an exact
 * power of ten 10^|q| (exact while |q| ≤ 22) is one IEEE operation on exact
 * operands, hence the correctly rounded value of M·10^q. Other texts (more
 * than 2^53 in the digits, or an exponent beyond) fall back to
 * toFloat64OrNull, at most one ulp off.
 *
 * ClickHouse evaluates both branches of if() and every CASE branch: every
 * function used here returns a value on any input, never an error.
 */

/** 10^k as an exact Float64 for 0 ≤ k ≤ 22 (10^11 and 10^(k−11) are exact, and so is their product). */
function powerOfTen(k: string): string {
  return `(toFloat64(intExp10(least(${k}, 11))) * toFloat64(intExp10(greatest(${k} - 11, 0))))`;
}

/**
 * Aliases that compute, for a trimmed text `raw` (NULL when empty), the double
 * it denotes as `name`: NULL unless it matches the number pattern. Each step
 * is named once (`name_u`, `name_q`, …), so the expression is not repeated.
 */
export function numberAliases(raw: string, name: string, pattern: string): [string, string][] {
  const unsigned = `${name}_u`;
  const mantissa = `${name}_m`;
  const digits = `${name}_d`;
  const exponent = `${name}_e`;
  const q = `${name}_q`;
  const integer = `${name}_i`;
  const magnitude = `${name}_abs`;
  const isExact = [`length(${digits}) <= 16`, `${integer} <= 9007199254740992`, `length(${exponent}) <= 6`, `${q} >= -22`, `${q} <= 22`].join(' AND ');
  return [
    [`replaceRegexpOne(${raw}, '^[+-]', '')`, unsigned],
    [`replaceRegexpOne(${unsigned}, '[eE].*$', '')`, mantissa],
    [`replaceRegexpOne(replaceAll(${mantissa}, '.', ''), '^0+', '')`, digits],
    [`extract(${unsigned}, '[eE][+]?(-?[0-9]+)$')`, exponent],
    // the value is digits · 10^q
    [`toInt64OrZero(${exponent}) - length(extract(${mantissa}, '[.]([0-9]*)'))`, q],
    [`toUInt64OrZero(${digits})`, integer],
    [`if(${isExact}, if(${q} < 0, toFloat64(${integer}) / ${powerOfTen(`-${q}`)}, toFloat64(${integer}) * ${powerOfTen(q)}), toFloat64OrNull(${unsigned}))`, magnitude],
    // 0 − x, not −x: "-0" is 0, so that the AUC counts of a score 0 are grouped once (as JavaScript's Map keys them)
    [`CASE WHEN match(${raw}, '^(?:${pattern})$') THEN if(substring(${raw}, 1, 1) = '-', 0 - ${magnitude}, ${magnitude}) END`, name],
  ];
}
