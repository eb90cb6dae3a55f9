import { regressionText } from '../baseline/regression-text.js';
import type { Bound, Finding } from './audit-result.js';
import { formatValue } from './format-number.js';

/** `≥ 0.8`, `≤ 0.05`, `|x| ≤ 0.1`, `in [0.8, 1.25]`. */
export function describeBound(bound: Bound): string {
  const parts: string[] = [];
  if (bound.min !== undefined && bound.max !== undefined) parts.push(`in [${bound.min}, ${bound.max}]`);
  else if (bound.min !== undefined) parts.push(`≥ ${bound.min}`);
  else if (bound.max !== undefined) parts.push(`≤ ${bound.max}`);
  if (bound.maxAbs !== undefined) parts.push(`within ±${bound.maxAbs}`);
  if (bound.band !== undefined) parts.push(`in [${bound.band}, ${formatValue(1 / bound.band)}]`);
  if (bound.maxRegression !== undefined) parts.push(`no worse than the baseline by more than ${bound.maxRegression}`);
  return parts.join(' and ');
}

type FindingFacts = Omit<Finding, 'message'> & { minGroupSize: number; referenceChange?: { before: string | null; after: string | null } };

/** The one place where a finding becomes a sentence; every reporter uses it. */
export function findingText(f: FindingFacts): string {
  const subject = `${f.metric} of ${f.attribute}=${f.group}`;
  const against = f.reference ? ` (vs ${f.reference})` : '';
  switch (f.reason) {
    case 'within-bound':
      return `${subject}${against} is ${formatValue(f.value)}, ${describeBound(f.bound)} as required`;
    case 'breach':
      return `${subject}${against} is ${formatValue(f.value)}; the rule requires ${describeBound(f.bound)}`;
    case 'small-group':
      return `inconclusive: ${f.n} rows in ${f.attribute}=${f.group}, below the minimum of ${f.minGroupSize}`;
    case 'small-reference':
      return `inconclusive: the reference group ${f.reference} has fewer than ${f.minGroupSize} rows`;
    case 'no-reference':
      return `inconclusive: no group of ${f.attribute} has ${f.minGroupSize} rows and a defined ${f.metric} to serve as reference`;
    case 'undefined-value':
      return `inconclusive: ${subject}${against} is undefined (a denominator is zero)`;
    case 'regressed':
    case 'regression-within-bound':
    case 'not-in-baseline':
      return regressionText(f);
  }
}
