import type { IdentifierKind, NoticeArgs, NoticeCode, RuleInput } from '../../model/notice.js';
import { listNames } from '../../util/suggest.js';
import { countOf, partOf } from '../../util/plural.js';
import { formatBound } from '../format-bound.js';
import { paradoxSentence } from './split-prose.js';
import { optOutSentence } from './consent-sentence.js';

/** How the identifier notice names each kind of direct identifier. */
const IDENTIFIER_WORDS: Record<IdentifierKind, string> = {
  name: 'name',
  email: 'e-mail address',
  'ip-address': 'IP address',
  'national-id': 'national ID number',
  'date-of-birth': 'date of birth',
  address: 'street address',
  phone: 'phone number',
  'record-id': 'customer, user, case or record id',
};

const groupList = (groups: NoticeArgs['baseline-groups']['groups']) => groups.map((g) => `${g.attribute}=${g.group}`).join(', ');

/** What was hidden and why, in words a reviewer can check against the privacy section. */
function suppressionSentence(p: NoticeArgs['suppressed-groups']): string {
  const k = p.suppressBelow;
  const masked = p.groupsMasked.primary + p.groupsMasked.secondary;
  const parts =
    masked === 0
      ? [`small-cell suppression is on (fewer than ${countOf(k, 'rows')}): no group is that small, nothing was hidden`]
      : [
          `${countOf(masked, 'groups')} hidden: ${p.groupsMasked.primary} with fewer than ${countOf(k, 'rows')} and ${p.groupsMasked.secondary} more so that those cannot be recovered by subtraction from the totals`,
          `${countOf(p.rowsMasked, 'rows')} ${p.rowsMasked === 1 ? 'is' : 'are'} in hidden groups (counted once per attribute); they still count in the overall figures and the attribute totals`,
        ];
  if (p.calibrationWithheld) parts.push(`calibration bins are left out of the report: some hold fewer than ${countOf(k, 'rows')}`);
  const { fail, inconclusive } = p.hiddenVerdicts;
  if (fail + inconclusive > 0) parts.push(`${countOf(fail, 'hidden checks', { singular: 'hidden check' })} ${fail === 1 ? 'fails' : 'fail'} and ${inconclusive} ${inconclusive === 1 ? 'is' : 'are'} inconclusive; the run's status counts them`);
  if (p.unprotected.length > 0) {
    parts.push(`the published totals still determine a count of ${groupList(p.unprotected)} (nothing is left to hide it with): audit fewer, broader groups, or a larger population`);
  }
  return parts.join('; ');
}

/** The data-minimisation advice; column names only, never values. */
function identifierSentence({ columns, sampleRows }: NoticeArgs['identifier-columns']): string {
  const isOne = columns.length === 1;
  const list = columns.map((c) => `"${c.name}" (${IDENTIFIER_WORDS[c.kind]}${c.by === 'values' ? ', by its values' : ''})`).join(', ');
  const them = isOne ? 'it' : 'them';
  return (
    `the input has ${isOne ? 'a column that looks like a direct identifier' : 'columns that look like direct identifiers'}: ${list}. ` +
    `fairgate did not read ${them} for the audit (it glances at the first ${countOf(sampleRows, 'rows')} of unused columns only to give this advice) ` +
    `and no report contains ${isOne ? 'its' : 'their'} values; audit extracts need not carry ${them} (data minimisation): drop ${them} before the file is shared or stored`
  );
}

/** Every notice's sentence, by code; a new code does not compile until it has one. */
const SENTENCES: { [C in NoticeCode]: (args: NoticeArgs[C]) => string } = {
  'rows-dropped': ({ rowsRead, dropped }) => {
    const total = dropped.reduce((s, d) => s + d.count, 0);
    return `${partOf(total, rowsRead, 'rows')} left out: ${dropped.map((d) => `${d.count} ${d.reason.replace(/_/g, ' ')}`).join(', ')}`;
  },
  'unused-positive-value': ({ flag, value, column, valuesFound }) => `${flag} lists "${value}", which never occurs in column "${column}" (values found: ${listNames(valuesFound)})`,
  'consent-opt-out': optOutSentence,
  'no-rules': noRulesSentence,
  'suppressed-groups': suppressionSentence,
  'identifier-columns': identifierSentence,
  'incomplete-lists': ({ list, lists, incompleteLists }) =>
    `${list === null ? 'the ranked list has' : `${partOf(incompleteLists, lists, 'lists')} ${incompleteLists === 1 ? 'has' : 'have'}`} ranks beyond their number of rows (part of a list, or rows left out); exposure uses the ranks as given`,
  'selection-ties': ({ tiedAtCutoff, cutoff, selected, k }) =>
    `${countOf(tiedAtCutoff, 'rows')} share the cut-off score ${cutoff}; all are selected, so ${countOf(selected, 'rows')} ${selected === 1 ? 'is' : 'are'} selected for k = ${k}`,
  'baseline-groups': ({ file, side, groups }) =>
    side === 'baseline' ? `groups in the baseline ${file} but not in this audit: ${groupList(groups)}` : `groups in this audit but not in the baseline ${file}: ${groupList(groups)}`,
  'no-baseline': ({ rules }) => `no --baseline given, so the regression bounds of ${rules.join(', ')} were not judged`,
  'auc-approximate': ({ gridStep, exactLimit, exactMemoryMB, groups }) =>
    `AUC on the ${gridStep} score grid (more than ${exactLimit.toLocaleString('en-US')} distinct score and label pairs in the group${exactMemoryMB ? `, the most the exact maps' ${exactMemoryMB} MB allow; --exact-memory raises it` : ''}), so within this distance of the exact AUC: ` +
    groups.map((g) => `${g.attribute === null ? g.group : `${g.attribute}=${g.group}`} ±${formatBound(g.maxError)}`).join(', '),
  'outcome-approximate': ({ relativeError, exactLimit, exactMemoryMB, groups }) =>
    `outcomes on a grid of relative error ${relativeError} (more than ${exactLimit.toLocaleString('en-US')} distinct values in the group, the most the exact maps' ${exactMemoryMB} MB allow; --exact-memory raises it), so each value moved by at most: ` +
    groups.map((g) => `${g.attribute === null ? g.group : `${g.attribute}=${g.group}`} ±${formatBound(g.maxShift)}`).join(', ') +
    '; the mean and percentiles are within that of the exact ones, and the JSON report gives every statistic\'s bound (maxErrors, maxError)',
  'small-strata': ({ columns, count, strata, rows, minGroupSize }) =>
    `${count} of ${strata} strata of ${columns.join(' × ')} have fewer than ${minGroupSize} rows${rows === null ? '' : ` (${rows} rows in all)`}; they are kept in every stratified statistic, where they weigh by their size, and listed in the strata table`,
  'simpsons-paradox': (args) => paradoxSentence(args),
  'look-alike-groups': ({ attribute, keys }) =>
    `${attribute}: ${keys.length} groups differ only in Unicode normalisation or invisible characters (${quoted(keys)}); they are audited as separate groups, printed with those characters as escapes; to count them as one, use --normalize-values (normalizeValues: true)`,
  'numeric-attribute': ({ attribute, groups, suggestedEdges }) =>
    `${attribute} looks numeric and has ${groups} distinct values, each its own group (most too small to judge); to audit it in bands, give edges, e.g. --bins ${attribute}=${suggestedEdges.join(',')} (its rows' quintiles; bins: {${attribute}: [${suggestedEdges.join(', ')}]} in the config)`,
  'normalized-groups': ({ attribute, into, from }) => `${attribute}: ${quoted(from)} counted as "${into}" (--normalize-values: Unicode NFC, invisible characters removed)`,
  'nesting-unknown': () =>
    'these statistics do not say which audited columns nest in which (a warehouse result, or an aggregate of an older fairgate), so suppression protects against the totals the report publishes but not against a reader who knows that one attribute is a coarsening of another; audit the data, or aggregates written by this version, to protect against that too',
  'nested-attributes': ({ nestings }) =>
    `in this data every group of one attribute lies inside a single group of another (${nestings.map((n) => `${n.child} within ${n.parent}`).join(', ')}); suppression also hid groups so that none can be recovered from those sums`,
};

const quoted = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');

/** The one place a notice becomes a sentence, for every format (each escapes it for its own markup). */
export function noticeSentence<C extends NoticeCode>(notice: { code: C; args: NoticeArgs[C] }): string {
  return SENTENCES[notice.code](notice.args);
}

/** Rules that apply to each input of a run without rules, as examples. */
const RULE_EXAMPLES: [RuleInput[], string][] = [
  [['decision'], 'disparate_impact>=0.8'],
  [['score', 'label'], 'ece<=0.05'],
  [['score'], 'score_ks<=0.1'],
  [['outcome'], 'mean_outcome_ratio>=0.9'],
  [['classes'], 'tvd<=0.1'],
];

function noRulesSentence({ inputs }: NoticeArgs['no-rules']): string {
  const examples = RULE_EXAMPLES.filter(([needs]) => needs.every((n) => inputs.includes(n))).map(([, rule]) => `--rule "${rule}"`).slice(0, 3);
  const give = examples.length ? `give rules (e.g. ${examples.join(', ')}) or rules: in the config` : 'give --rule or rules: in the config';
  return `no rule was given, so nothing was judged: the run describes the groups and exits 0; to gate on it, ${give}`;
}
