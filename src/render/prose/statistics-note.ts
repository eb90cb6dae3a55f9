import type { AuditResult } from '../../model/audit-result.js';
import { formatLevel } from '../format-number.js';
import { countOf } from '../../util/plural.js';

/**
 * The one note on the numbers that the sentences lean on, so none of them
 * repeats "p < 0.0001 after Holm's correction": what an interval is, what
 * "statistically significant" means here and which test made it, where the
 * exact p-values are, and what "inconclusive" means.
 */
export function statisticsNote(result: AuditResult): string[] {
  const s = result.statistics;
  const level = formatLevel(s.confidence);
  const tested = s.comparisons > 0;
  return [
    `Ranges in brackets (CI) are ${level} confidence intervals: the values the data are compatible with (the methods are named under Method).`,
    ...(tested
      ? [
          `"Statistically significant" means the difference is larger than chance plausibly explains: p < ${s.alpha} after Holm's correction for the ${countOf(s.comparisons, 'comparisons', { format: (n) => n.toLocaleString('en-US') })} in this report (the tests are named under Method). A breach that is not significant could be chance: confirm it on more data before acting on it.`,
          'The exact p-values are in the JSON report (each finding\'s message and p-values) and the terminal output.',
        ]
      : []),
    `A check is inconclusive when the data cannot support a verdict either way (too few rows or trials, no reference to compare with, an undefined value); it is never counted as a pass.`,
  ];
}
