import type { ConsentMetricId } from '../../model/vocabulary.js';
import type { Explanation } from './types.js';

const NO_CONSENT = 'the run has no --consent column';
const PURPOSE =
  'GDPR Art. 21(2)–(3): once a person objects to processing for direct marketing, their data may no longer be processed for that purpose; ePrivacy Directive Art. 13 asks for prior consent for electronic direct marketing. The count is a fact about the data, not a statistical estimate.';

/** The consent counts and shares (`--consent`), keyed like CONSENT_METRICS. */
export const CONSENT_METRIC_EXPLANATIONS: Record<ConsentMetricId, Explanation> = {
  unconsented_selected: {
    meaning:
      'How many rows of the group were selected (decision 1) although their consent column says they opted out (--consent-no values; default no, n, false, 0, opted_out, …, any case). With --consent the rule unconsented_selected==0 is on by default: a count judged as it stands, in a group of any size, without a significance test — one such row fails the run. The finding names the group and the count, never a row. Replace it with your own rule on the metric (e.g. "unconsented_selected<=2", or severity warn in the config), or turn it off with --no-consent-gate (config consent.gate: false). Under --suppress-below a small group\'s count is hidden like its other numbers, and its failure still fails the run.',
    undefinedWhen: `${NO_CONSENT}, or it has no decision`,
    context: [PURPOSE],
    example: 'unconsented_selected==0',
  },
  unknown_consent_selected: {
    meaning:
      'How many rows of the group were selected while their consent cell was empty (unknown). Whether that was a breach the data cannot say, so the default rule unknown_consent_selected==0 has severity warn: reported, never failing the run. Make it fail with your own rule on the metric (rules: [{ metric: unknown_consent_selected, max: 0 }]).',
    undefinedWhen: `${NO_CONSENT}, or it has no decision`,
    example: 'unknown_consent_selected<=10',
  },
  opt_out_rate: {
    formula: '#(consent opted out) / #(consent opted in or opted out); rows with an empty consent cell are left out of both counts',
    meaning:
      'The share of the group that opted out, with a Wilson interval. Whether opting out clusters in one group is tested per attribute by Pearson\'s chi-square test of independence (group × opted out / opted in) over the published groups; a notice gives χ², df, p and the group with the highest share. It is information, not a rule by default; bound it with e.g. "opt_out_rate<=0.2".',
    undefinedWhen: `${NO_CONSENT}, or no row of the group has a known consent`,
    example: 'opt_out_rate<=0.2',
  },
};
