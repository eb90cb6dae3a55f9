import type { GroupTally } from '../core/types.js';
import type { MetricDef } from './metric-def.js';

/**
 * The group metric and the disparities of a multi-class decision (`--decision`).
 * `class_n` (rows with a class) is the base the class comparisons choose their
 * reference by: under `highest` the group with the most such rows, as a class
 * distribution has no single most favourable value. `tvd` and `js` compare the
 * group's class distribution with the reference's (class-comparison.ts); the
 * shares per class and per tier are in the class section (class-section.ts).
 */
export const CLASS_METRICS = {
  class_n: {
    title: 'rows with a decision class', short: 'class n', formula: 'Σ_k n_k',
    needs: ['classes'], favourable: 'high',
    compute: (t: GroupTally) => (t.classes ? [...t.classes.values()].reduce((s, c) => s + c, 0) : null),
  },
} as const satisfies Record<'class_n', MetricDef>;

export const CLASS_DISPARITIES = {
  tvd: {
    title: 'total variation distance of the class distribution', short: 'TVD',
    formula: '½ Σ_k |p_gk − p_rk| (chi-square test of the group × class table against the reference)',
    kind: 'two-sample',
    bases: ['class_n'],
  },
  js: {
    title: 'Jensen–Shannon divergence of the class distribution', short: 'JS',
    formula: '½ Σ_k [p_gk log₂(p_gk/m_k) + p_rk log₂(p_rk/m_k)], m = (p_g + p_r)/2 (scipy jensenshannon(base=2)²)',
    kind: 'two-sample',
    bases: ['class_n'],
  },
} as const;
