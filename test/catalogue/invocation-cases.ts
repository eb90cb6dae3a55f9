import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputCase } from './output-cases.js';

/**
 * How fairgate is called, as catalogue rows: the data argument, standard
 * input, the config file in use and GitHub Actions. Each runs as an output row
 * does (run-output-case.ts: a scratch folder holding data.csv, exact standard
 * error and exit code, the folder exactly as before). Under GitHub Actions
 * GITHUB_STEP_SUMMARY is left empty here, so that the folder stays as it was;
 * with it set the job summary explains the error (test/unit/cli/github-actions-error.test.ts).
 */
const G = ['-g', 'gender', '--prediction', 'targeted'] as const;
const FILE = ['file'] as const;
const STDIN = ['stdin'] as const;
const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' } as const;
const NOT_FOUND = 'data.csv, line 1: column "gendr" not found; did you mean "gender"? Columns: "gender", "targeted", "converted", "score"';

export const INVOCATION_CASES: readonly OutputCase[] = [
  {
    input: 'data on standard input but no - where the file goes (cat data.csv | fairgate audit -g gender …)',
    args: ['audit', ...G],
    stdin: 'data.csv',
    stderr: 'fairgate: no data file given; standard input is read only when - stands in for the file name: fairgate audit - -g gender --prediction targeted (or give a CSV file, or --from-aggregates <files…>)\n',
    exit: 2,
    paths: STDIN,
  },
  {
    input: 'both a data file and --from-aggregates',
    args: ['audit', 'data.csv', ...G, '--from-aggregates', 'a.json', 'b.json'],
    stderr: 'fairgate: give a data file or --from-aggregates <files…>, not both: the data file "data.csv" and 2 aggregate files were given\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: '--input-name beside a data file (it names standard input)',
    args: ['audit', 'data.csv', ...G, '--input-name', 'holdout.csv'],
    stderr: 'fairgate: --input-name "holdout.csv": names standard input, but the data is the file "data.csv", which reports name by its path; drop --input-name, or read the data with -\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'an empty --input-name',
    args: ['audit', '-', ...G, '--input-name', ' '],
    stdin: 'data.csv',
    stderr: 'fairgate: --input-name: expected a name for standard input (the file or URL the data came from), got an empty one\n',
    exit: 2,
    paths: STDIN,
  },
  {
    input: '--input-name with --from-aggregates',
    args: ['audit', '--from-aggregates', 'a.json', '--input-name', 'holdout.csv'],
    stderr: 'fairgate: --input-name names standard input, and --from-aggregates reads no data file: drop --input-name (the aggregate files name their data)\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a fairgate.config.yaml in the working directory, not named on the command line (accepted, and named before it is applied)',
    args: ['audit', 'data.csv'],
    setup: (dir) => writeFileSync(path.join(dir, 'fairgate.config.yaml'), 'columns: { prediction: targeted }\ngroups: [gender]\nallowNoVerdict: true\n'),
    stderr: 'fairgate: using config fairgate.config.yaml (found in the working directory)\n',
    exit: 0,
    paths: FILE,
  },
  {
    input: 'an input error under GitHub Actions (GITHUB_ACTIONS=true): also an ::error annotation at the file and line',
    args: ['audit', 'data.csv', '-g', 'gendr', '--prediction', 'targeted'],
    env: ACTIONS,
    stderr: `fairgate: ${NOT_FOUND}\n::error file=data.csv,line=1,title=fairgate%3A input error::${NOT_FOUND}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a usage error under GitHub Actions',
    args: ['audit', 'data.csv', '--grup', 'gender'],
    env: ACTIONS,
    stderr: "fairgate: unknown option '--grup' (Did you mean --group?); run with --help for usage\n::error title=fairgate%3A usage error::unknown option '--grup' (Did you mean --group?)\n",
    exit: 2,
    paths: FILE,
  },
];
