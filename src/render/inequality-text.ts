import type { AttributeResult } from '../model/audit-result.js';
import type { BenefitInequality } from '../model/benefit-inequality.js';
import { digitsFor } from './interval-text.js';
import { formatPercent, formatValue } from './format-number.js';
import { countOf } from '../util/plural.js';

/** A GE value with at least two significant digits (between-group parts are often a few thousandths). */
export function formatEntropy(value: number | null): string {
  return value === null ? '—' : formatValue(value, digitsFor(value, []));
}

/** `GE(2)`, `Theil (GE(1))`, `mean log deviation (GE(0))`: the index by its α. */
export function entropyName(alpha: number): string {
  if (alpha === 1) return 'Theil index GE(1)';
  if (alpha === 0) return 'GE(0)';
  return `GE(${alpha})`;
}

/** The between-group part as a share of the whole (they share the mean benefit, so GE = within + between). */
function shareOfWhole(i: BenefitInequality): string {
  if (i.betweenGroup === null || i.generalizedEntropy === null || i.generalizedEntropy === 0) return '';
  const share = i.betweenGroup / i.generalizedEntropy;
  return ` (${share > 0 && share < 0.0005 ? '< 0.1 %' : formatPercent(share)} of it)`;
}

/**
 * `inequality of benefit ŷ − y + 1: GE(2) 0.170 over 7214 rows, between groups 0.0024 (1.4 % of it)`,
 * or undefined when the attribute has none (no decision or no label).
 */
export function inequalityLine(attribute: Pick<AttributeResult, 'inequality'>): string | undefined {
  const i = attribute.inequality;
  if (!i) return undefined;
  const between = i.betweenGroup === null ? 'between groups — (undefined or withheld)' : `between groups ${formatEntropy(i.betweenGroup)}${shareOfWhole(i)}`;
  return `inequality of benefit ŷ − y + 1: ${entropyName(i.alpha)} ${formatEntropy(i.generalizedEntropy)} over ${countOf(i.rows, 'rows')}, ${between}`;
}
