import { Command, Option } from 'commander';
import { HELP_GROUPS } from './help-text.js';

/** A repeatable option's values, in the order given. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The options that decide what the statistics are, shared by `audit`,
 * `aggregate` and `sql` (so a shard is aggregated with the flags that audit it),
 * each declared once here. A factory per option: commander keeps state on an
 * Option, so every command gets its own.
 */
const SHARED_OPTIONS = {
  config: () => new Option('-c, --config <path>', 'config file (YAML or JSON); default: fairgate.config.{yaml,yml,json} in the working directory'),
  group: () => new Option('-g, --group <cols>', 'protected attributes, comma-separated, repeatable; a+b is an intersection').argParser(collect),
  prediction: () => new Option('--prediction <col>', 'binary decision column (targeted / selected)'),
  score: () => new Option('--score <col>', 'model score in [0, 1]'),
  threshold: () => new Option('--threshold <t>', 'decision = score >= t (instead of --prediction)'),
  label: () => new Option('--label <col>', 'actual outcome column (for ranked outputs: relevance)'),
  predictionPositive: () => new Option('--prediction-positive <values>', 'values of the prediction column that count as positive, comma-separated'),
  labelPositive: () => new Option('--label-positive <values>', 'values of the label column that count as positive, comma-separated'),
  missing: () => new Option('--missing <mode>', 'empty demographic cell: its own group, or drop the row from that attribute').choices(['group', 'drop']),
  bins: () => new Option('--bins <n|col=edges>', 'equal-width calibration bins for ECE (default 10), or bands of a numeric group column, e.g. age=18,25,35,45,65; repeatable').argParser(collect),
  outcome: () => new Option('--outcome <col>', 'a numeric outcome per row (offer value, discount, price): its distribution per group'),
  consent: () => new Option('--consent <col>', 'whether each person consented (opted in / opted out; empty = unknown): selected without consent fails unconsented_selected==0'),
  consentYes: () => new Option('--consent-yes <values>', 'values of the consent column that mean opted in, comma-separated, any case (default yes, y, true, 1, opted_in, …)'),
  consentNo: () => new Option('--consent-no <values>', 'values of the consent column that mean opted out, comma-separated, any case (default no, n, false, 0, opted_out, …)'),
  candidate: () => new Option('--candidate <col>', 'a second model\'s decision (or score, cut at the same --threshold) on the same rows: both audits side by side, flip rates, McNemar per group'),
  decision: () => new Option('--decision <col>', 'a multi-class decision per row (the offer, creative or tier shown): class shares per group'),
  favourable: () => new Option('--favourable <order>', 'the classes of --decision from most to least favourable, e.g. "premium>standard>none"'),
  exactMemory: () => new Option('--exact-memory <MB>', 'memory for exact per-group value maps (AUC scores, outcomes); beyond it, grids with stated bounds (default 64)'),
  strata: () => new Option('--strata <cols>', 'legitimate factors: compare each group with its reference within each value of these columns (comma-separated, intersected)'),
  period: () => new Option('--period <col>', 'a date column (ISO dates or timestamps): audit each time window too, with a trend'),
  every: () => new Option('--every <length>', 'the length of a time window of --period').choices(['day', 'week', 'month']),
  tz: () => new Option('--tz <zone>', 'the IANA time zone whose calendar cuts timestamps with an offset into windows (default UTC)'),
  debug: () => new Option('--debug', 'show stack traces of errors'),
  inputName: () => new Option('--input-name <name>', 'the name of standard input (-) in reports and messages, e.g. the file it came from'),
} as const satisfies Record<string, () => Option>;

export type SharedOptionName = keyof typeof SHARED_OPTIONS;

/** A fresh copy of a shared option, for `command.addOption`. */
export function sharedOption(name: SharedOptionName): Option {
  return SHARED_OPTIONS[name]();
}

/** The one output of `aggregate` and `sql` (audit's -o is repeatable: one report per file). */
export function singleOutputOption(): Option {
  return new Option('-o, --output <path>', 'write to this file instead of standard output');
}

/**
 * The options of `aggregate` and `sql`, in help groups: the input (`inputOptions`
 * are the command's own, after -c and -g), the decisions, the statistics, the output.
 */
export function addStatisticsOptions(command: Command, inputOptions: readonly Option[] = []): Command {
  command.optionsGroup(HELP_GROUPS.input);
  for (const option of [sharedOption('config'), sharedOption('group'), ...inputOptions, sharedOption('missing')]) command.addOption(option);
  command.optionsGroup(HELP_GROUPS.decisions);
  const decisions: SharedOptionName[] = ['prediction', 'score', 'threshold', 'label', 'outcome', 'decision', 'favourable', 'candidate', 'predictionPositive', 'labelPositive', 'consent', 'consentYes', 'consentNo'];
  for (const name of decisions) command.addOption(sharedOption(name));
  command.optionsGroup(HELP_GROUPS.statistics);
  for (const name of ['bins', 'exactMemory', 'strata', 'period', 'every', 'tz'] as const) command.addOption(sharedOption(name));
  return command.optionsGroup(HELP_GROUPS.output).addOption(singleOutputOption()).addOption(sharedOption('debug')).helpOption('-h, --help', 'show this help');
}
