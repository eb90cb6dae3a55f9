/**
 * The sum of two records of counts with the same fields (a count family of a
 * group: the candidate's counts, consent); absent on both sides stays absent
 * (a run without the family), absent on one side counts as zeros.
 */
export function sumCountRecords<F extends string>(fields: readonly F[], a: Readonly<Record<F, number>> | undefined, b: Readonly<Record<F, number>> | undefined): Record<F, number> | undefined {
  if (!a && !b) return undefined;
  const out = {} as Record<F, number>;
  for (const f of fields) out[f] = (a?.[f] ?? 0) + (b?.[f] ?? 0);
  return out;
}
