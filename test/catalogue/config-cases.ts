import { fixed, withRows, type CatalogueCase } from './case.js';

const data = fixed(withRows([])(0));
const FILE = ['file'] as const;
const ALLOWED_KEYS = 'columns, predictionPositive, labelPositive, consent, threshold, topK, topPercent, k, preset, ll144, groups, reference, referenceGroups, minGroupSize, missing, bins, rules, failOn, allowNoVerdict, confidence, alpha, minDenominator, bootstrap, suppressBelow, strict, delimiter, decimalComma, exactMemoryMB, strata, period, every, tz, drift, normalizeValues, report';
const RULE_METRICS =
  '"disparate_impact", "statistical_parity_difference", "equal_opportunity_difference", "equal_opportunity_ratio", "fpr_difference", "equalized_odds_difference", "predictive_parity_ratio", "ece_difference", "calibration_difference", "exposure_ratio", "relevant_exposure_ratio", "selection_at_k_ratio", "mean_outcome_difference", "mean_outcome_ratio", "share_above_p80_ratio", "ks", "wasserstein", "score_ks", "score_wasserstein", "abroca", "cdd", "mh_odds_ratio", "standardised_rate_ratio", "selection_rate", "base_rate", "tpr", "fnr", "fpr", "tnr", "ppv", "fdr", "npv", "for", "accuracy", "mean_score", "calibration_in_the_large", "ece", "brier", "auc", "exposure", "exposure_share", "population_share", "selection_at_k", "relevant_exposure", "relevant_exposure_share", "relevant_share", "mean_outcome", "sd_outcome", "p10_outcome", "p25_outcome", "median_outcome", "p75_outcome", "p90_outcome", "share_above_p80", "unconsented_selected", "unknown_consent_selected", "opt_out_rate"';
const PRESETS = '"four-fifths", "ll144", "strict"';
const SCORED = ['-g', 'gender', '--label', 'converted', '--score', 'score'] as const;
/** One `fairgate:` line per issue. */
const inConfig = (...issues: string[]) => issues.map((i) => `fairgate: invalid configuration in fairgate.config.yaml: ${i}\n`).join('');
const onCommandLine = (...issues: string[]) => issues.map((i) => `fairgate: invalid configuration in command line: ${i}\n`).join('');

/** Config files and flags: checked before any row is read, so one path (the file) is enough. Each issue is one line. */
export const CONFIG_CASES: readonly CatalogueCase[] = [
  {
    input: 'an unknown key in the config file',
    data,
    config: 'minGroupSise: 10\n',
    stderr: inConfig(`minGroupSise: unknown key; did you mean "minGroupSize"? Allowed keys: ${ALLOWED_KEYS}`),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'invalid values in the config file',
    data,
    config: 'missing: dropp\nminGroupSize: -3\n',
    stderr: inConfig('minGroupSize: expected a number >= 1, got -3', 'missing: expected one of "group", "drop", got "dropp"; did you mean "drop" or "group"?'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a config file that is not valid YAML',
    data,
    config: 'groups: [gender\nrules: []\n',
    stderr: inConfig('line 2, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the syntax there (indentation, brackets, quotes)'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a config file that does not exist (-c)',
    data,
    args: ['-c', 'nope.yaml', '-g', 'gender', '--prediction', 'targeted'],
    stderr: 'fairgate: invalid configuration in nope.yaml: config file not found; check the path given to --config, or run `fairgate init`\n',
    exit: 2,
    paths: FILE,
  },
  { input: 'a threshold that is not a number (flag)', data, args: ['-g', 'gender', '--score', 'score', '--threshold', 'half'], stderr: onCommandLine('--threshold: expected a number, got "half"'), exit: 2, paths: FILE },
  { input: 'a threshold that is not a number (config file)', data, config: 'threshold: half\n', stderr: inConfig('threshold: expected a number, got "half"'), exit: 2, paths: FILE },
  {
    input: 'an unknown metric in --rule',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--rule', 'dispart_impact>=0.8'],
    stderr: onCommandLine('--rule: unknown metric "dispart_impact" in rule "dispart_impact>=0.8"; did you mean "disparate_impact"? (see `fairgate explain` for the list)'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'an unknown metric in a config rule',
    data,
    config: 'rules:\n  - { metric: dispart_impact, min: 0.8 }\n',
    stderr: inConfig(`rules.0.metric: expected one of ${RULE_METRICS}, got "dispart_impact"; did you mean "disparate_impact"?`),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a rule that cannot be read',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--rule', 'disparate_impact>0.8'],
    stderr: onCommandLine(
      '--rule: cannot read rule "disparate_impact>0.8"; expected "metric>=number", "metric<=number", "metric==number", "abs(metric)<=number", "low<=metric<=high" or "regression(metric)<=number", optionally followed by require=significant or require=point and/or bound=upper, e.g. "disparate_impact>=0.8 require=significant"',
    ),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'an unknown preset (--preset)',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--preset', 'four-fiths'],
    stderr: onCommandLine(`--preset: expected one of ${PRESETS}, got "four-fiths"; did you mean "four-fifths"?`),
    exit: 2,
    paths: FILE,
  },
  { input: 'an unknown preset in the config file', data, config: 'preset: eeoc\n', stderr: inConfig(`preset: expected one of ${PRESETS}, got "eeoc"`), exit: 2, paths: FILE },
  { input: 'a --top-k that is not a whole number', data, args: [...SCORED, '--top-k', '2.5'], stderr: onCommandLine('--top-k: expected a whole number, got "2.5"'), exit: 2, paths: FILE },
  { input: 'a --top-k below 1', data, args: [...SCORED, '--top-k', '0'], stderr: onCommandLine('--top-k: expected a number >= 1, got 0'), exit: 2, paths: FILE },
  { input: 'a topK in the config file that is not a whole number', data, config: 'topK: 2.5\n', args: SCORED, stderr: inConfig('topK: expected a whole number, got 2.5'), exit: 2, paths: FILE },
  { input: 'a --top-percent above 100', data, args: [...SCORED, '--top-percent', '120'], stderr: onCommandLine('--top-percent: expected a number <= 100, got 120'), exit: 2, paths: FILE },
  { input: 'a --top-percent of 0', data, args: [...SCORED, '--top-percent', '0'], stderr: onCommandLine('--top-percent: expected a number > 0, got 0'), exit: 2, paths: FILE },
  { input: 'an unknown option', data, args: ['--grup', 'gender'], stderr: "fairgate: unknown option '--grup' (Did you mean --group?); run with --help for usage\n", exit: 2, paths: FILE },
  {
    input: 'the outcome column is also a group column',
    data,
    args: ['-g', 'score', '--outcome', 'score'],
    stderr: onCommandLine('columns.outcome: "score" is both the outcome and a group column; an outcome is measured per group, so give another column to --outcome or --group'),
    exit: 2,
    paths: FILE,
  },
  { input: 'an --exact-memory that is not a number', data, args: ['-g', 'gender', '--outcome', 'score', '--exact-memory', 'lots'], stderr: onCommandLine('--exact-memory: expected a number, got "lots"'), exit: 2, paths: FILE },
  {
    input: 'a negative exactMemoryMB in the config file',
    data,
    config: 'exactMemoryMB: -5\n',
    args: ['-g', 'gender', '--outcome', 'score'],
    stderr: inConfig('exactMemoryMB: must be 0 or more (0 keeps only the 10,000-entry floor exact), got -5'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a thread count that is not a number',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--threads', 'many'],
    stderr: 'fairgate: --threads: expected auto or a whole number from 1 to 64, got "many"\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a stratum column (--strata) that is also an audited attribute\'s column',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--strata', 'gender'],
    stderr: onCommandLine('strata: "gender" is an audited attribute\'s column; a legitimate factor is a column the groups are compared within, not one of the groups: audit it or stratify by it, not both'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a stratified rule without --strata, a period without --every, an unknown time zone',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--rule', 'cdd<=0.05', '--period', 'score', '--tz', 'Mars/Olympus'],
    stderr: onCommandLine(
      'every: windows of the period column need a length: --every day, week or month',
      'tz: "Mars/Olympus" is not a time zone this Node.js knows; give an IANA name such as Europe/Paris, America/New_York or UTC',
      'rules.0: rule "cdd<=0.05" compares groups within strata: give the legitimate factors with --strata <columns>',
    ),
    exit: 2,
    paths: FILE,
  },
  { input: 'a drift rule that does not read', data, args: ['-g', 'gender', '--prediction', 'targeted', '--period', 'score', '--every', 'week', '--drift', 'disparate_impact<0.1'], stderr: onCommandLine('--drift: cannot read drift rule "disparate_impact<0.1"; expected "metric<=largest change", optionally followed by from=previous or from=first, e.g. "disparate_impact<=0.1 from=first"'), exit: 2, paths: FILE },
  {
    input: '--bins on a column that no audited attribute reads',
    data,
    args: ['-g', 'gender', '--prediction', 'targeted', '--bins', 'age=18,25'],
    stderr: onCommandLine('bins.age: bands a column that no audited attribute reads (gender)'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'bands whose edges do not increase (`bins: {score: [0.5, 0.2]}`)',
    data,
    args: ['-g', 'score', '--prediction', 'targeted'],
    config: 'bins:\n  score: [0.5, 0.2]\n',
    stderr: inConfig('bins.score: the edges must increase, e.g. [18, 25, 35, 45, 65]'),
    exit: 2,
    paths: FILE,
  },
];
