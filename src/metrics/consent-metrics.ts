import type { GroupTally } from '../core/types.js';
import type { ConsentMetricId } from '../model/vocabulary.js';
import type { MetricDef } from './metric-def.js';

const DC = ['decision', 'consent'] as const;

/** A field of the group's consent counts, null when the tally has none. */
const countOf = (key: 'selectedOptedOut' | 'selectedUnknown') => (t: GroupTally): number | null => (t.consent ? t.consent[key] : null);

/**
 * Consent per group (`--consent`): the rows selected although they opted out,
 * the rows selected whose consent is unknown (an empty cell), and the share of
 * the rows with a known consent that opted out (a proportion: Wilson interval).
 */
export const CONSENT_METRICS = {
  unconsented_selected: {
    title: 'selected without consent',
    short: 'unconsented',
    formula: '#(decision = 1 ∧ consent = opted out)',
    needs: DC,
    favourable: 'low',
    compute: countOf('selectedOptedOut'),
  },
  unknown_consent_selected: {
    title: 'selected with unknown consent',
    short: 'consent ?',
    formula: '#(decision = 1 ∧ consent empty)',
    needs: DC,
    favourable: 'low',
    compute: countOf('selectedUnknown'),
  },
  opt_out_rate: {
    title: 'opted-out share',
    short: 'opted out',
    formula: '#(consent = opted out) / #(consent known)',
    needs: ['consent'],
    favourable: 'low',
    rate: (c) => ({ successes: c.optedOut ?? 0, trials: c.consentKnown ?? 0 }),
  },
} as const satisfies Record<ConsentMetricId, MetricDef>;

/** Metrics that are counts of rows judged as they stand: a group of any size can breach them (no minimum group size). */
export const COUNT_METRICS: readonly string[] = ['unconsented_selected', 'unknown_consent_selected'];
