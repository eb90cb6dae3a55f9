import { MISSING_GROUP, OVERALL_GROUP } from '../../core/types.js';
import { DEFAULT_CONFIG } from '../../model/defaults.js';
import type { PresetName } from '../../model/config.js';
import type { ReferenceStrategy } from '../../model/vocabulary.js';
import { PRESETS } from '../../policy/presets/presets.js';
import { formatRule } from '../../policy/rule-expression.js';
import type { Topic } from './types.js';

/** What each preset is for, beyond its rules and source. */
const PRESET_NOTES: Readonly<Record<PresetName, readonly string[]>> = {
  'four-fifths': [
    'A group selected at less than four fifths of the rate of the group with the highest rate fails. The rule is defined on the estimated ratio, so the preset judges the estimate (require: point) and fails a group on the ratio alone; every finding shows the interval of the ratio and the Holm-adjusted p-value of its test beside the verdict. With small groups it fails often by chance (README, "What a verdict guarantees"); for the evidence reading add --rule "disparate_impact>=0.8", which fails only significant breaches.',
  ],
  ll144: [
    'Publishes the bias-audit tables of NYC Local Law 144: selection rates (or, for scores, the rate of scoring above the sample median) and impact ratios for sex, race/ethnicity and their intersection, the count of unknown categories, and categories under 2 % left out with their counts. It only warns at 0.8, on the impact ratio as the law defines it (require: point), with the p-value beside it: the law asks for the tables, not for a pass mark; add the four-fifths preset to fail on it.',
    'Name the columns in the config file: ll144: { sex: gender, race: ethnicity }.',
  ],
  strict: [
    'For internal release gates: tighter bounds than the four-fifths rule, each applied only when its inputs exist. Its rules take the default requirement: a breach fails when it is significant after Holm (or, without a test, its interval is outside the bound), else warns; add your own require=point rules for a gate on estimates. Not to be confused with the --strict flag, which makes any left-out row an input error.',
  ],
};

function presetTopic(name: PresetName): Topic {
  const def = PRESETS[name];
  const rules = def.rules({ sex: 'sex', race: 'race', unknown: [], excludeBelow: 0.02 }).map((r) => {
    const on = 'attributes' in r && r.attributes ? ` on ${r.attributes.join(', ')}` : '';
    // a band τ reads as τ<=metric<=1/τ, not as the 17 digits of 1/τ
    const text = 'band' in r && r.band !== undefined ? formatRule(r).replace(String(1 / r.band), `1/${r.band}`) : formatRule(r);
    return `${text}${on} (${r.severity})`;
  });
  const reference = def.isHighestReference ? ' It compares each group with the highest-rate group, so another reference strategy or an explicit reference is a config error.' : '';
  return {
    summary: def.title.replace(`${name}: `, ''),
    body: [`Rules: ${rules.join('; ')}.${reference}`, ...PRESET_NOTES[name], `Source: ${def.source}.`],
    example: `--preset ${name}        preset: ${name}`,
    seeAlso: ['presets', ...(def.isHighestReference ? ['highest'] : [])],
  };
}

export const PRESET_TOPICS: ReadonlyMap<string, Topic> = new Map((Object.keys(PRESETS) as PresetName[]).map((name) => [name, presetTopic(name)]));

export const PRESETS_INTRO =
  'A preset is a named set of rules, merged with your own (presets first; a preset rule equal to one of yours is dropped). With a preset the default four-fifths rule is not added. --preset is repeatable; in the config file preset: takes a name or a list.';

const POOL = `among groups with at least --min-group-size rows (default ${DEFAULT_CONFIG.minGroupSize}) and enough trials for the compared rate, not "${MISSING_GROUP}"; ties go to the first name in sort order`;

/** How the reference group of a disparity is chosen: the strategies, and an explicit group. */
export const REFERENCE_TOPICS: ReadonlyMap<string, Topic> = new Map<ReferenceStrategy | 'explicit', Topic>([
  [
    'highest',
    {
      summary: `the default: per metric, the group with the most favourable value`,
      body: [`The highest selection rate, the highest true positive rate, the lowest false positive rate, …, ${POOL}. It is the comparison of the EEOC four-fifths rule and of NYC Local Law 144 impact ratios.`],
      example: '--reference highest        reference: highest',
    },
  ],
  ['largest', { summary: 'the group with the most rows', body: [`The group with the most rows, ${POOL}.`], example: '--reference largest        reference: largest' }],
  [
    'overall',
    {
      summary: `the whole population of the attribute, shown as ${OVERALL_GROUP}`,
      body: ['Each group is compared with everyone: a gap then says how far the group is from the average, not from another group.'],
      example: '--reference overall        reference: overall',
    },
  ],
  [
    'explicit',
    {
      summary: 'a group you name, per attribute (attr=value)',
      body: ['Overrides the strategy for that attribute. For an intersection give the values joined by |. A named group under --min-group-size makes its comparisons inconclusive (small-reference).'],
      example: '--reference race=Caucasian --reference "race+sex=Caucasian|Male"\nreferenceGroups: { race: Caucasian }',
      seeAlso: ['small-reference'],
    },
  ],
]);

export const REFERENCES_INTRO = 'A disparity compares each group with a reference group of the same attribute, chosen by a strategy (--reference or reference:) or named per attribute:';
