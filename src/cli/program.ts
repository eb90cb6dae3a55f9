import { Command, Option } from 'commander';
import { DEFAULT_INIT_OUTPUT } from '../model/defaults.js';
import { PRESET_NAMES } from '../policy/presets/preset-names.js';
import { REPORTER_NAMES } from '../render/reporters/names.js';
import { DIALECT_NAMES } from '../sql/dialects.js';
import type { AuditCommandFlags } from './audit-command.js';
import type { InitFlags } from './init-command.js';
import type { SweepCommandFlags } from './sweep-command.js';
import type { CliIo } from './io.js';
import { HELP_FOOTERS, HELP_GROUPS } from './help-text.js';
import { addReportOptions } from './report-options.js';
import { addStatisticsOptions, collect, sharedOption } from './shared-options.js';
import { toolInfo } from './tool-info.js';

// Each command's module is imported when the command runs: an audit does not load
// init's, explain's or sql's code, and `--help` loads none (memory and start-up time).

/** The commander definition; each action stores its exit code in `state`. */
export function buildProgram(io: CliIo, state: { exitCode: number }): Command {
  const program = new Command('fairgate')
    .description('Fairness auditor for targeting and recommendation models: measure, judge, report.')
    .version(toolInfo().version, '-V, --version', 'show the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show the help of a command')
    .configureOutput({
      writeOut: (s) => io.writeStdout(s),
      writeErr: (s) => io.writeStderr(s),
      // commander's usage errors are one line like every other error of fairgate's (its suggestion joined on)
      outputError: (s, write) => write(`${s.trim().replace(/^error: /, 'fairgate: ').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')}; run with --help for usage\n`),
    })
    .exitOverride();
  HELP_FOOTERS.program(program);

  const audit = program
    .command('audit')
    .description('read a table of decisions, scores and outcomes (CSV, TSV, JSON Lines or Parquet); measure fairness per group; judge the rules')
    .usage('<file|-> [options]\n       fairgate audit --from-aggregates <files...> [options]')
    .argument('[file]', 'data file (.csv, .tsv, .jsonl, .parquet; text may be .gz), or - for standard input')
    .optionsGroup(HELP_GROUPS.input)
    .addOption(sharedOption('config'))
    .addOption(sharedOption('group'))
    .addOption(sharedOption('inputName'))
    .option('--from-aggregates <files...>', 'judge merged statistics (fairgate aggregate files, fairgate sql results as CSV or JSON) instead of a data file')
    .addOption(sharedOption('missing'))
    .option('--strict', 'any row left out (an empty prediction, label, score, rank or list cell) is an input error (not the strict preset: --preset strict)')
    .option('--threads <n>', 'worker threads for a large file: auto (default: the cores, for CSV files of 128 MB and more) or a number')
    .option('--delimiter <c>', "field separator of delimited text: , ; tab or | (default: detected from the header and first rows; .tsv: tab)")
    .option('--decimal-comma', 'scores are written with a decimal comma (0,82); detected in files not separated by commas')
    .option('--no-decimal-comma', 'scores are written with a decimal point, whatever the first rows look like')
    .option('--normalize-values', 'count group values that differ only in Unicode normalisation (NFC) or invisible characters (zero-width, BOM, bidi marks) as one')
    .optionsGroup(HELP_GROUPS.decisions)
    .addOption(sharedOption('prediction'))
    .addOption(sharedOption('score'))
    .addOption(sharedOption('threshold'))
    .option('--top-k <k>', 'decision = among the k highest scores (all rows tied at the cut-off are selected)')
    .option('--top-percent <p>', 'decision = among the p % highest scores, k = ceil(p·n/100) (ties as --top-k)')
    .addOption(sharedOption('label'))
    .addOption(sharedOption('outcome'))
    .addOption(sharedOption('candidate'))
    .addOption(sharedOption('decision'))
    .addOption(sharedOption('favourable'))
    .option('--rank <col>', 'position in a ranked output, 1 = top: exposure and selection-at-k metrics')
    .option('--list <col>', 'one ranked list per value of this column (user, session or query)')
    .option('--k <n>', 'cut-off of selection_at_k for ranked outputs (default 10)')
    .addOption(sharedOption('predictionPositive'))
    .addOption(sharedOption('labelPositive'))
    .addOption(sharedOption('consent'))
    .addOption(sharedOption('consentYes'))
    .addOption(sharedOption('consentNo'))
    .optionsGroup(HELP_GROUPS.rules)
    .option('--no-consent-gate', 'with --consent: do not add the rule unconsented_selected==0 (the counts are still reported)')
    .option('--rule <expr>', 'threshold rule, e.g. "disparate_impact>=0.8" (fails when significant after Holm, else warns; add require=point to judge the estimate); repeatable (fairgate explain rules)', collect)
    .option(`--preset <name>`, `named rule set: ${PRESET_NAMES.join(', ')}; repeatable (fairgate explain presets)`, collect)
    .option('--reference <attr=value|strategy>', 'reference group (attr=value), or highest | largest | overall; repeatable (fairgate explain references)', collect)
    .option('--baseline <report.json>', 'an earlier JSON report of the same audit: show changes, judge regression rules')
    .addOption(new Option('--fail-on <level>', 'which verdicts make the exit code non-zero').choices(['fail', 'inconclusive']))
    .option('--allow-no-verdict', 'exit 0, not 3, when rules were given but none of their checks could be judged (all inconclusive)')
    .optionsGroup(HELP_GROUPS.statistics)
    .option('--min-group-size <n>', 'groups under n rows are inconclusive (default 30)')
    .option('--min-denominator <metric=n>', 'a rate from fewer trials is inconclusive, e.g. tpr=20 (default 20 for tpr, fpr, ppv, …); repeatable', collect)
    .option('--confidence <level>', 'level of the confidence intervals (default 0.95)')
    .option('--alpha <level>', 'significance level a breach must reach after Holm to fail (every rule but require=point; default 0.05)')
    .addOption(sharedOption('bins'))
    .option('--entropy-alpha <α>', 'α of the generalized entropy index of benefit ŷ − y + 1 (default 2; 1 = Theil, 0 = mean log deviation, as AIF360)')
    .option('--bootstrap <replicates>', 'Poisson bootstrap interval for brier (off by default; 1000 or more; ece always has an exact interval)')
    .option('--bootstrap-seed <seed>', 'seed of the bootstrap weights (default 1)')
    .addOption(sharedOption('exactMemory'))
    .addOption(sharedOption('strata'))
    .addOption(sharedOption('period'))
    .addOption(sharedOption('every'))
    .addOption(sharedOption('tz'))
    .option('--drift <expr>', 'bound on the change of a metric between time windows, e.g. "disparate_impact<=0.1 from=first" (default from=previous); repeatable', collect)
    .optionsGroup(HELP_GROUPS.privacy)
    .option('--suppress-below <k>', 'mask groups with fewer than k rows, and enough others that they cannot be recovered (default 0 = off)')
    .optionsGroup(HELP_GROUPS.output)
    .addOption(new Option('--format <fmt>', 'what goes to standard output').choices(REPORTER_NAMES).default('table'))
    .option('-o, --output <path>', 'write a report file; format from the extension; repeatable', collect)
    .option('--quiet', 'print nothing on success but errors')
    .option('--no-color', 'plain output even on a terminal')
    .option('--no-progress', 'no progress bar on standard error (shown only on a terminal)')
    .addOption(sharedOption('debug'))
    .helpOption('-h, --help', 'show this help')
    .action(async (file: string | undefined, flags: AuditCommandFlags) => {
      const { auditCommand } = await import('./audit-command.js');
      state.exitCode = await auditCommand(file, flags, io);
    });
  HELP_FOOTERS.audit(audit);
  // what was audited, the paper and the appendix (report-options.ts)
  addReportOptions(audit.optionsGroup(HELP_GROUPS.report));

  const aggregate = addStatisticsOptions(
    program
      .command('aggregate')
      .description('one pass over a data file into mergeable per-group statistics (JSON), for shards: audit them with --from-aggregates')
      .argument('<file>', 'data file (.csv, .tsv, .jsonl, .parquet; text may be .gz), or - for standard input'),
    [
      sharedOption('inputName'),
      new Option('--threads <n>', 'worker threads for a large file: auto or a number'),
      new Option('--delimiter <c>', 'field separator of delimited text: , ; tab or | (default: detected)'),
      new Option('--decimal-comma', 'scores are written with a decimal comma (0,82)'),
      new Option('--no-decimal-comma', 'scores are written with a decimal point'),
    ],
  ).action(async (file: string, flags: AuditCommandFlags & { output?: string }) => {
    const { aggregateCommand } = await import('./aggregate-command.js');
    state.exitCode = await aggregateCommand(file, flags, io);
  });
  HELP_FOOTERS.aggregate(aggregate);

  const sql = addStatisticsOptions(
    program
      .command('sql')
      .description('print the SQL that computes the same statistics in a warehouse; audit its result with --from-aggregates'),
    [
      new Option('--dialect <d>', 'SQL dialect').choices(DIALECT_NAMES).makeOptionMandatory(),
      new Option('--table <name>', 'the table or view with the decisions (schema.table is fine)').makeOptionMandatory(),
    ],
  ).action(async (flags: AuditCommandFlags & { dialect?: string; table?: string; output?: string }) => {
    const { sqlCommand } = await import('./sql-command.js');
    state.exitCode = await sqlCommand(flags, io);
  });
  HELP_FOOTERS.sql(sql);

  const sweep = program
    .command('sweep')
    .description('sweep a global score threshold: each group\'s rates and the rules at every cut-off, the thresholds at which every rule passes')
    .argument('<file>', 'data file (.csv, .tsv, .jsonl, .parquet; text may be .gz), or - for standard input')
    .optionsGroup(HELP_GROUPS.input)
    .addOption(sharedOption('config'))
    .addOption(sharedOption('group'))
    .addOption(sharedOption('inputName'))
    .addOption(sharedOption('missing'))
    .option('--threads <n>', 'worker threads for a large file: auto or a number')
    .option('--delimiter <c>', 'field separator of delimited text: , ; tab or | (default: detected)')
    .option('--decimal-comma', 'scores are written with a decimal comma (0,82)')
    .option('--no-decimal-comma', 'scores are written with a decimal point')
    .optionsGroup(HELP_GROUPS.decisions)
    .addOption(sharedOption('score'))
    .option('--threshold <t>', 'the current threshold, marked in the sweep (decision = score >= t)')
    .addOption(sharedOption('label'))
    .addOption(sharedOption('labelPositive'))
    .optionsGroup(HELP_GROUPS.rules)
    .option('--rule <expr>', 'threshold rule, e.g. "disparate_impact>=0.8"; repeatable (judged on point estimates)', collect)
    .option(`--preset <name>`, `named rule set: ${PRESET_NAMES.join(', ')}; repeatable`, collect)
    .option('--reference <attr=value|strategy>', 'reference group (attr=value), or highest | largest | overall; repeatable', collect)
    .addOption(new Option('--fail-on <level>', 'whether an inconclusive check fails a threshold').choices(['fail', 'inconclusive']))
    .optionsGroup(HELP_GROUPS.statistics)
    .option('--min-group-size <n>', 'groups under n rows are inconclusive (default 30)')
    .option('--min-denominator <metric=n>', 'a rate from fewer trials is inconclusive, e.g. tpr=20; repeatable', collect)
    .addOption(sharedOption('exactMemory'))
    .optionsGroup(HELP_GROUPS.privacy)
    .option('--suppress-below <k>', 'publish no rates of groups with fewer than k rows (and those masked with them)')
    .optionsGroup('Sweep:')
    .option('--grid <thresholds>', 'sweep these thresholds only, comma-separated, e.g. 0.3,0.5,0.7')
    .option('--grid-step <step>', 'sweep a grid 0, step, 2·step, … 1 (default: every distinct score up to 1,000 of them, then step 0.001)')
    .option('--select <target>', 'a target of overall selection, 20% or 5000 rows: the nearest passing threshold')
    .option('--per-group', 'also show the what-if of one threshold per group giving every group the target rate (disparate treatment; labelled so)')
    .optionsGroup(HELP_GROUPS.output)
    .addOption(new Option('--format <fmt>', 'what goes to standard output').choices(REPORTER_NAMES).default('table'))
    .option('-o, --output <path>', 'write a report file (.txt .json .md .html .csv .xml); repeatable', collect)
    .option('--quiet', 'print nothing on success but errors')
    .option('--no-color', 'plain output even on a terminal')
    .addOption(sharedOption('debug'))
    .helpOption('-h, --help', 'show this help')
    .action(async (file: string, flags: SweepCommandFlags) => {
      const { sweepCommand } = await import('./sweep-command.js');
      state.exitCode = await sweepCommand(file, flags, io);
    });
  sweep.addHelpText('after', '\nExit codes: 0 a threshold passes every judged rule, 1 none does, 2 usage, config or input error.\nfairgate explain sweep says how the sweep judges; the README\'s "Threshold sweep" section has an example.\n');

  const init = program
    .command('init')
    .description('write a commented fairgate.config.yaml, with columns guessed from the header of a CSV')
    .argument('[file]', 'CSV whose header (and first rows) to read')
    .option('-o, --output <path>', 'where to write the config', DEFAULT_INIT_OUTPUT)
    .option('--force', 'overwrite an existing config')
    .helpOption('-h, --help', 'show this help')
    .action(async (file: string | undefined, flags: InitFlags) => {
      const { initCommand } = await import('./init-command.js');
      state.exitCode = initCommand(file, flags, io);
    });
  HELP_FOOTERS.init(init);

  const explain = program
    .command('explain')
    .description('what a metric, a verdict (and each reason for one), a rule option, a preset or a reference strategy means')
    .argument('[topic]', 'e.g. disparate_impact, inconclusive, small-group, require, four-fifths, highest (omit it for the list)')
    .helpOption('-h, --help', 'show this help')
    .action(async (topic: string | undefined) => {
      const { explainCommand } = await import('./explain-command.js');
      state.exitCode = explainCommand(topic, io);
    });
  HELP_FOOTERS.explain(explain);

  return program;
}
