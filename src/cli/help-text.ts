import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT } from '../policy/exit-code.js';

/**
 * The headings `--help` groups options under, in the order they appear. An
 * option is placed in a group by the `optionsGroup(HELP_GROUPS.…)` call above
 * it in program.ts: a new flag goes in the block of its group.
 */
export const HELP_GROUPS = {
  input: 'Input:',
  decisions: 'Decisions (what the model decided, scored and ranked, and what happened):',
  rules: 'Rules (what is judged, against which group):',
  statistics: 'Statistics:',
  privacy: 'Privacy:',
  output: 'Output:',
  report: 'Report (what was audited, the paper and the appendix of the HTML and PDF):',
} as const;

/** The folder the package is installed in (README.md and docs/ are there): dist/cli/ sits two levels below it. */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** The exit codes of an audit. */
const AUDIT_EXIT_CODES: readonly [number, string][] = [
  [EXIT.pass, 'no rule failed (inconclusive checks are allowed, unless --fail-on)'],
  [EXIT.fail, 'at least one rule failed'],
  [EXIT.error, 'usage, config or input error: nothing judged, no report file written'],
  [EXIT.inconclusive, 'no check could be judged (unless --allow-no-verdict),\n   or one was inconclusive under --fail-on inconclusive'],
];
/** The exit codes of the commands that judge nothing. */
const PLAIN_EXIT_CODES: readonly [number, string][] = [
  [EXIT.pass, 'done'],
  [EXIT.error, 'usage, config or input error: nothing written'],
];
const SIGNALS = 'stopped by SIGINT, SIGTERM or SIGHUP: 130, 143 or 129, nothing left behind';

/** A titled block, every line indented by two spaces. */
const section = (title: string, lines: readonly string[]) => `${title}\n${lines.flatMap((l) => l.split('\n')).map((l) => (l ? `  ${l}` : '')).join('\n')}\n`;

function examples(list: readonly [string, string][]): string {
  return section('Examples:', list.flatMap(([what, command], i) => [...(i > 0 ? [''] : []), `# ${what}`, `$ ${command}`]));
}

function exitCodes(codes: readonly [number, string][]): string {
  return section('Exit codes:', [...codes.map(([code, meaning]) => `${code}  ${meaning}`), SIGNALS]);
}

function learnMore(): string {
  return section('Learn more:', [
    'fairgate explain [topic]   metrics, verdicts and their reasons, rule options,',
    '                           presets and reference strategies',
    'fairgate <command> --help  the options of a command',
    `README.md and docs/ in ${packageRoot()}`,
  ]);
}

/** Examples, exit codes and where to read more, after a command's options. */
function addFooter(command: Command, list: readonly [string, string][], codes: readonly [number, string][]): Command {
  return command.addHelpText('after', () => `\n${[examples(list), exitCodes(codes), learnMore()].join('\n')}`);
}


export const HELP_FOOTERS = {
  program: (c: Command) =>
    addFooter(c, [
      ['write a config from the header of a CSV, then audit the file with it', 'fairgate init data.csv && fairgate audit data.csv'],
      ['what a verdict, a reason or a metric means', 'fairgate explain inconclusive'],
    ], AUDIT_EXIT_CODES),
  audit: (c: Command) =>
    addFooter(c, [
      ['the four-fifths rule on who was targeted, by gender and by ethnicity', 'fairgate audit data.csv -g gender,ethnicity --prediction targeted'],
      [
        'outcomes and calibration too, two rules, an HTML report for the reviewer',
        'fairgate audit data.csv -g gender --prediction targeted \\\n    --label converted --score score \\\n    --rule "disparate_impact>=0.8 require=significant" --rule "ece<=0.05" \\\n    -o report.html',
      ],
      ['standard input, named in the reports by where it came from', 'aws s3 cp s3://models/holdout.csv - | fairgate audit - \\\n    --input-name s3://models/holdout.csv -g gender --prediction targeted'],
      ['in CI: JSON and JUnit reports, nothing on the terminal but errors', 'fairgate audit data.csv -c fairgate.config.yaml \\\n    -o report.json -o junit.xml --quiet'],
    ], AUDIT_EXIT_CODES),
  aggregate: (c: Command) =>
    addFooter(c, [
      ['each shard on its own machine, then one audit of them all', 'fairgate aggregate part1.csv -g gender --prediction targeted -o part1.json\n$ fairgate audit --from-aggregates part1.json part2.json'],
    ], PLAIN_EXIT_CODES),
  sql: (c: Command) =>
    addFooter(c, [
      [
        'the statistics computed in PostgreSQL, then judged',
        'fairgate sql --dialect postgres --table scoring.holdout \\\n    -g gender --prediction targeted -o stats.sql\n$ psql --csv -f stats.sql > stats.csv\n$ fairgate audit --from-aggregates stats.csv',
      ],
    ], PLAIN_EXIT_CODES),
  init: (c: Command) => addFooter(c, [['a config with the columns guessed from the header', 'fairgate init data.csv']], PLAIN_EXIT_CODES),
  explain: (c: Command) =>
    addFooter(c, [
      ['every topic', 'fairgate explain'],
      ['why a check has no verdict', 'fairgate explain inconclusive'],
    ], PLAIN_EXIT_CODES),
} as const;
