/**
 * Holm's step-down adjustment of m p-values (S. Holm, Scand. J. Statist. 6
 * (1979) 65–70), as R's `p.adjust(p, "holm")`: with p₍₁₎ ≤ … ≤ p₍ₘ₎,
 * p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎). Rejecting p̃ < α controls the
 * family-wise error rate at α under any dependence between the tests (the
 * tests of one run overlap: race, sex and race+sex share rows). The result is
 * in input order; ties keep input order, which does not change any value.
 * `untested` more members of p = 1 count in m without being listed: they rank
 * last, so they change only m (which may pass 2^32: 150,000 groups have
 * 1.1e10 untested pairs); the result lists only the tested ones.
 */
export function holmAdjust(pValues: readonly number[], untested = 0): number[] {
  const m = pValues.length + untested;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
  const adjusted = new Array<number>(pValues.length);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
