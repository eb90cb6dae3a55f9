import { describe, expect, it } from 'vitest';
import type { Notice, NoticeCode } from '../../../src/model/notice.js';
import type { PrivacySummary } from '../../../src/model/sections.js';
import { noticeSentence } from '../../../src/render/prose/notice-sentence.js';

const privacy = (overrides: Partial<PrivacySummary>): PrivacySummary => ({
  suppressBelow: 5,
  groupsMasked: { primary: 1, secondary: 1 },
  rowsMasked: 23,
  attributes: [{ name: 'g', primary: 1, secondary: 1, rowsMasked: 23 }],
  hiddenVerdicts: { fail: 0, inconclusive: 0 },
  calibrationWithheld: false,
  unprotected: [],
  ...overrides,
});

/** One notice of every code with arguments written by hand, and the sentence every format prints for it. */
const CASES: [Notice, string][] = [
  [{ code: 'rows-dropped', args: { rowsRead: 10, dropped: [{ reason: 'missing_label', count: 3 }, { reason: 'missing_score', count: 1 }] } }, '4 of 10 rows left out: 3 missing label, 1 missing score'],
  [
    { code: 'unused-positive-value', args: { flag: '--label-positive', value: 'T', column: 'converted', valuesFound: ['0', '1'] } },
    '--label-positive lists "T", which never occurs in column "converted" (values found: "0", "1")',
  ],
  [{ code: 'no-rules', args: { inputs: ['score', 'outcome'] } }, 'no rule was given, so nothing was judged: the run describes the groups and exits 0; to gate on it, give rules (e.g. --rule "score_ks<=0.1", --rule "mean_outcome_ratio>=0.9") or rules: in the config'],
  [{ code: 'no-rules', args: { inputs: [] } }, 'no rule was given, so nothing was judged: the run describes the groups and exits 0; to gate on it, give --rule or rules: in the config'],
  [{ code: 'suppressed-groups', args: privacy({ groupsMasked: { primary: 0, secondary: 0 }, rowsMasked: 0 }) }, 'small-cell suppression is on (fewer than 5 rows): no group is that small, nothing was hidden'],
  [
    { code: 'suppressed-groups', args: privacy({ calibrationWithheld: true, hiddenVerdicts: { fail: 1, inconclusive: 2 }, unprotected: [{ attribute: 'g', group: 'C' }] }) },
    '2 groups hidden: 1 with fewer than 5 rows and 1 more so that those cannot be recovered by subtraction from the totals; ' +
      '23 rows are in hidden groups (counted once per attribute); they still count in the overall figures and the attribute totals; ' +
      'calibration bins are left out of the report: some hold fewer than 5 rows; ' +
      "1 hidden check fails and 2 are inconclusive; the run's status counts them; " +
      'the published totals still determine a count of g=C (nothing is left to hide it with): audit fewer, broader groups, or a larger population',
  ],
  [
    { code: 'identifier-columns', args: { columns: [{ name: 'mail', kind: 'email', by: 'header' }], sampleRows: 100 } },
    'the input has a column that looks like a direct identifier: "mail" (e-mail address). fairgate did not read it for the audit ' +
      '(it glances at the first 100 rows of unused columns only to give this advice) and no report contains its values; ' +
      'audit extracts need not carry it (data minimisation): drop it before the file is shared or stored',
  ],
  [{ code: 'incomplete-lists', args: { list: null, lists: 1, incompleteLists: 1 } }, 'the ranked list has ranks beyond their number of rows (part of a list, or rows left out); exposure uses the ranks as given'],
  [{ code: 'incomplete-lists', args: { list: 'user', lists: 9, incompleteLists: 2 } }, '2 of 9 lists have ranks beyond their number of rows (part of a list, or rows left out); exposure uses the ranks as given'],
  [{ code: 'selection-ties', args: { tiedAtCutoff: 3, cutoff: 0.1686, selected: 5001, k: 5000 } }, '3 rows share the cut-off score 0.1686; all are selected, so 5001 rows are selected for k = 5000'],
  [{ code: 'baseline-groups', args: { file: 'b.json', side: 'baseline', groups: [{ attribute: 'g', group: 'B' }, { attribute: 'h', group: 'x' }] } }, 'groups in the baseline b.json but not in this audit: g=B, h=x'],
  [{ code: 'baseline-groups', args: { file: 'b.json', side: 'current', groups: [{ attribute: 'g', group: 'C' }] } }, 'groups in this audit but not in the baseline b.json: g=C'],
  [{ code: 'no-baseline', args: { rules: ['regression(tpr)<=0.1', 'di'] } }, 'no --baseline given, so the regression bounds of regression(tpr)<=0.1, di were not judged'],
  [
    { code: 'auc-approximate', args: { gridStep: 0.0001, exactLimit: 10000, groups: [{ attribute: null, group: '(overall)', maxError: 3.14e-6 }, { attribute: 'g', group: 'A', maxError: 0.5 }] } },
    'AUC on the 0.0001 score grid (more than 10,000 distinct score and label pairs in the group), so within this distance of the exact AUC: (overall) ±3.2e-6, g=A ±5.0e-1',
  ],
  [
    { code: 'outcome-approximate', args: { relativeError: 0.0001, exactLimit: 10000, exactMemoryMB: 0, groups: [{ attribute: 'g', group: 'A', maxShift: 0.25 }] } },
    "outcomes on a grid of relative error 0.0001 (more than 10,000 distinct values in the group, the most the exact maps' 0 MB allow; --exact-memory raises it), so each value moved by at most: g=A ±2.5e-1; the mean and percentiles are within that of the exact ones, and the JSON report gives every statistic's bound (maxErrors, maxError)",
  ],
  [
    { code: 'small-strata', args: { columns: ['region', 'channel'], count: 2, strata: 12, rows: 41, minGroupSize: 30 } },
    '2 of 12 strata of region × channel have fewer than 30 rows (41 rows in all); they are kept in every stratified statistic, where they weigh by their size, and listed in the strata table',
  ],
  [
    { code: 'small-strata', args: { columns: ['region'], count: 1, strata: 4, rows: null, minGroupSize: 30 } },
    '1 of 4 strata of region have fewer than 30 rows; they are kept in every stratified statistic, where they weigh by their size, and listed in the strata table',
  ],
  [
    {
      code: 'simpsons-paradox',
      args: { attribute: 'gender', group: 'Female', reference: 'Male', columns: ['department'], crudeRateRatio: 0.6818, mhOddsRatio: 1.1053, standardisedRateRatio: 1.1101, crudeDd: 0.1438, cdd: -0.0193 },
    },
    "Simpson's paradox for gender=Female: overall Female is selected less often than Male (selection-rate ratio 0.682), but within department more often " +
      '(Mantel–Haenszel odds ratio 1.105, standardised rate ratio 1.110); and overall Female makes up more of the rejected than of the selected (demographic disparity +0.144), ' +
      'but within department more of the selected than of the rejected (conditional demographic disparity −0.019). ' +
      'The crude comparison and the one within the legitimate factors point in opposite directions: department explains the crude gap, or hides one',
  ],
  [
    { code: 'simpsons-paradox', args: { attribute: 'g', group: 'B', reference: '(rest)', columns: ['s', 't'], crudeRateRatio: 1.3, mhOddsRatio: 0.8, standardisedRateRatio: null, crudeDd: -0.05, cdd: -0.01 } },
    "Simpson's paradox for g=B: overall B is selected more often than every other row of the attribute (selection-rate ratio 1.300), but within s × t less often (Mantel–Haenszel odds ratio 0.800). " +
      'The crude comparison and the one within the legitimate factors point in opposite directions: s × t explains the crude gap, or hides one',
  ],
  [
    { code: 'look-alike-groups', args: { attribute: 'g', keys: ['José', 'Jose\u0301'] } },
    'g: 2 groups differ only in Unicode normalisation or invisible characters ("José", "Jose\u0301"); they are audited as separate groups, printed with those characters as escapes; to count them as one, use --normalize-values (normalizeValues: true)',
  ],
  [
    { code: 'numeric-attribute', args: { attribute: 'AGE', groups: 78, suggestedEdges: [27, 38, 49, 61] } },
    'AGE looks numeric and has 78 distinct values, each its own group (most too small to judge); to audit it in bands, give edges, e.g. --bins AGE=27,38,49,61 (its rows\' quintiles; bins: {AGE: [27, 38, 49, 61]} in the config)',
  ],
  [{ code: 'normalized-groups', args: { attribute: 'g', into: 'José', from: ['Jose\u0301', 'José'] } }, 'g: "Jose\u0301", "José" counted as "José" (--normalize-values: Unicode NFC, invisible characters removed)'],
  [{ code: 'nested-attributes', args: { nestings: [{ child: 'county', parent: 'state' }] } }, 'in this data every group of one attribute lies inside a single group of another (county within state); suppression also hid groups so that none can be recovered from those sums'],
  [
    { code: 'consent-opt-out', args: { attribute: 'age_band', groups: 6, chiSquare: 486.27, df: 5, pValue: 1e-9, alpha: 0.05, overallShare: 0.0789, highest: { group: '65+', share: 0.1612 } } },
    "opting out differs across age_band (χ² = 486.3, df = 5, p < 0.0001): 16.1 % of 65+ opted out, 7.9 % of the 6 groups' rows with a known consent",
  ],
  [
    { code: 'consent-opt-out', args: { attribute: 'region', groups: 4, chiSquare: 3.4, df: 3, pValue: 0.3372, alpha: 0.05, overallShare: 0.0791, highest: { group: 'West', share: 0.0834 } } },
    "opting out does not differ significantly across region at α = 0.05 (χ² = 3.4, df = 3, p = 0.34); 8.3 % of West opted out, 7.9 % of the 4 groups' rows with a known consent",
  ],
  [
    { code: 'nesting-unknown', args: {} },
    'these statistics do not say which audited columns nest in which (a warehouse result, or an aggregate of an older fairgate), so suppression protects against the totals the report publishes but not against a reader who knows that one attribute is a coarsening of another; audit the data, or aggregates written by this version, to protect against that too',
  ],
];

describe('notice sentences', () => {
  it.each(CASES)('%j', (notice, sentence) => {
    expect(noticeSentence(notice)).toBe(sentence);
  });

  it('covers every notice code', () => {
    const codes: Record<NoticeCode, true> = {
      'rows-dropped': true, 'unused-positive-value': true, 'no-rules': true, 'suppressed-groups': true, 'identifier-columns': true,
      'incomplete-lists': true, 'selection-ties': true, 'baseline-groups': true, 'no-baseline': true, 'auc-approximate': true, 'outcome-approximate': true,
      'small-strata': true, 'simpsons-paradox': true,
      'look-alike-groups': true, 'numeric-attribute': true, 'normalized-groups': true, 'nesting-unknown': true, 'nested-attributes': true,
      'consent-opt-out': true,
    };
    expect(new Set(CASES.map(([n]) => n.code))).toEqual(new Set(Object.keys(codes)));
  });
});
