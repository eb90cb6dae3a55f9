import { padded, fixed, HEADER, ROWS, STANDARD_ARGS, withRows, csvLines, type CatalogueCase } from './case.js';

const ALL = ['file', 'threads', 'stdin'] as const;
const COMPAS = '../shared/data/compas/compas-scores-two-years.csv';
const MB17 = 17 << 20;
const PROBABILITY = 'expected a probability between 0 and 1 (e.g. 0.37)';
/** An outcome audit of the standard file: its last column read as the numeric outcome. */
const OUTCOME = ['-g', 'gender', '--outcome', 'score'] as const;
const NUMBER_PER_ROW = '--outcome needs a number per row, such as an offer value or a price (e.g. 12.50)';
const VALUES = 'neither positive (1, true, yes) nor negative (0, false, no) in 1 row';

/** The standard rows with the prediction coded Y/N, and one more row, so that N is the most frequent value. */
const YES_NO = [HEADER, 'Female,Y,1,0.82', 'Male,N,0,0.31', 'Female,N,1,0.47', 'Male,Y,0,0.66', 'Male,N,1,0.2', ''].join('\n');

/** A bad value in one cell of the last row, after padding: the message names its line and column. */
const badRow = (row: string) => padded(withRows([row]));

/** Rows with a date column (`when`): the padding rows get dates too. */
const dated = (bad: string) =>
  padded(csvLines([`${HEADER},when`, ...ROWS.map((r, i) => `${r},2024-01-0${i + 1}`), bad], { padRow: (r, i) => `${r},2024-0${1 + (i % 3)}-1${i % 10}T08:00:00Z` }));

/** Malformed records, values that are not what a column needs, and header problems. */
export const ROW_CASES: readonly CatalogueCase[] = [
  {
    input: 'a value in the period column (--period) that is not a date',
    data: dated('Male,1,0,0.5,2024-02-30'),
    args: [...STANDARD_ARGS, '--period', 'when', '--every', 'week'],
    stderr:
      'fairgate: data.csv, line 6, column 5 (when): "2024-02-30" is not a date; the period column holds an ISO 8601 date or timestamp: 2024-03-07, 2024-03-07T14:30:00, 2024-03-07 14:30:00.123+01:00 or …Z\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a row with too many fields',
    data: badRow('Male,1,0,0.5,extra'),
    stderr: 'fairgate: data.csv, line 6: malformed CSV: expected 4 fields, as in the header, but found 5; a value that contains a comma must be in double quotes ("a,b")\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a row with too few fields',
    data: badRow('Male,1,0'),
    stderr: 'fairgate: data.csv, line 6: malformed CSV: expected 4 fields, as in the header, but found 3; check for a missing separator or a line break inside an unquoted value\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an unterminated quote',
    data: padded(withRows(['"Male,1,0,0.5', 'Female,1,1,0.9'])),
    stderr: 'fairgate: data.csv, line 6, column 1 (gender): malformed CSV: a quoted field starts here and is never closed; add the closing double quote (and double any quote inside the value)\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a double quote inside an unquoted field',
    data: badRow('Ma"le,1,0,0.5'),
    stderr: 'fairgate: data.csv, line 6, column 1 (gender): malformed CSV: a double quote inside a field that does not start with one; put the whole value in quotes and double the inner quote ("a ""b"" c")\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'text after a closing quote',
    data: badRow('"Male" ,1,0,0.5'),
    stderr: 'fairgate: data.csv, line 6, column 1 (gender): malformed CSV: unexpected " " after the closing quote; a quoted value must be followed by a comma or the end of the line\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a quote that never closes, then 17 MB of rows (a field of many megabytes)',
    data: padded((pad) => Buffer.concat([withRows(['Male,1,0,"0.5'])(pad), Buffer.from(`${ROWS[0]}\n`.repeat(Math.ceil(MB17 / 16)))])),
    stderr: "fairgate: data.csv, line 6, column 4 (score): malformed CSV: a quoted field starts here and is still open after 16 MiB, fairgate's limit for one record; a closing double quote is probably missing: add it (and double any quote inside the value)\n",
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a 17 MB field without a line break',
    data: padded((pad) => Buffer.concat([withRows([], { isTerminated: true })(pad), Buffer.from('Male,1,0,'), Buffer.alloc(MB17, '7')])),
    stderr: "fairgate: data.csv, line 6, column 4 (score): malformed CSV: this record is longer than 16 MiB, fairgate's limit for one record, without a line break; is it a binary file, or a text column that does not belong in an audit extract? Remove or shorten that column\n",
    exit: 2,
    paths: ALL,
  },
  { input: 'a score that is not a number', data: badRow('Male,1,0,high'), stderr: `fairgate: data.csv, line 6, column 4 (score): score "high" is not a number; ${PROBABILITY}\n`, exit: 2, paths: ALL },
  {
    input: 'a score outside [0, 1] when calibration needs a probability (with --label)',
    data: badRow('Male,1,0,73'),
    stderr: 'fairgate: data.csv, line 6, column 4 (score): score 73 is outside [0, 1]; calibration metrics need a probability — rescale the scores, or audit without --label\n',
    exit: 2,
    paths: ALL,
  },
  { input: 'a score NaN', data: badRow('Male,1,0,NaN'), stderr: `fairgate: data.csv, line 6, column 4 (score): score "NaN" is not a number; ${PROBABILITY}\n`, exit: 2, paths: ALL },
  { input: 'a score Infinity', data: badRow('Male,1,0,-Infinity'), stderr: `fairgate: data.csv, line 6, column 4 (score): score "-Infinity" is not a number; ${PROBABILITY}\n`, exit: 2, paths: ALL },
  {
    input: 'a score that overflows to infinity (1e999)',
    data: badRow('Male,1,0,1e999'),
    args: ['-g', 'gender', '--score', 'score', '--threshold', '0.5'],
    stderr: `fairgate: data.csv, line 6, column 4 (score): score 1e999 is too large to be a number (it overflows to infinity); ${PROBABILITY}\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a prediction value outside the positive/negative sets',
    data: badRow('Male,maybe,0,0.5'),
    stderr: `fairgate: data.csv, line 6, column 2 (targeted): prediction column "targeted" has values that are ${VALUES}; values found: "1", "0", "maybe"; say which values are positive with --prediction-positive <values>, e.g. --prediction-positive "1"\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a label value outside the positive/negative sets',
    data: badRow('Male,1,unknown,0.5'),
    stderr: `fairgate: data.csv, line 6, column 3 (converted): label column "converted" has values that are ${VALUES}; values found: "1", "0", "unknown"; say which values are positive with --label-positive <values>, e.g. --label-positive "1"\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a positive set that matches no value, only by case (`--prediction-positive y` for data coded `Y`/`N`)',
    data: fixed(YES_NO),
    args: [...STANDARD_ARGS, '--prediction-positive', 'y'],
    stderr: `fairgate: data.csv: prediction column "targeted" holds none of the positive values "y" (--prediction-positive or the config's predictionPositive), so every row would count as negative; values found, most frequent first: "N" (3 rows), "Y" (2 rows); did you mean --prediction-positive Y? (values are matched exactly, case included)\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: "the config's positive set (`labelPositive: [yes]`) matches no value of the label column",
    data: fixed(YES_NO),
    args: [...STANDARD_ARGS, '--prediction-positive', 'Y'],
    config: 'labelPositive: [yes]\n',
    stderr: `fairgate: data.csv: label column "converted" holds none of the positive values "yes" (--label-positive or the config's labelPositive), so every row would count as negative; values found, most frequent first: "1" (3 rows), "0" (2 rows); list the values that mean positive with --label-positive (or labelPositive in the config)\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'rules, and not one check could be judged (every group below --min-group-size): exit 3, not a silent pass',
    data: fixed(withRows([])(0)),
    args: [...STANDARD_ARGS, '--rule', 'disparate_impact>=0.8'],
    stderr: 'fairgate: no check could be judged: all 2 checks are inconclusive (2 small group); pass --allow-no-verdict (config: allowNoVerdict: true) to accept this\n',
    exit: 3,
    paths: ALL,
  },
  {
    input: 'the same run with --allow-no-verdict (accepted: the report says every check is inconclusive)',
    data: fixed(withRows([])(0)),
    args: [...STANDARD_ARGS, '--rule', 'disparate_impact>=0.8', '--allow-no-verdict'],
    stderr: '',
    exit: 0,
    paths: ALL,
  },
  {
    input: 'a cell of a banded column (`--bins score=0.5`) that is not a number',
    data: badRow('Male,1,0,n/a'),
    args: ['-g', 'score', '--prediction', 'targeted', '--bins', 'score=0.5'],
    stderr: 'fairgate: data.csv, line 6, column 4 (score): "n/a" is not a number, so it falls in none of the bands of --bins score=0.5; clean the column, or leave it out of --bins\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an empty label cell under --strict',
    data: badRow('Male,1,,0.5'),
    args: ['-g', 'gender', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--strict'],
    stderr: 'fairgate: data.csv, line 6, column 3 (converted): the label cell is empty, so this row would be left out (missing_label); --strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'every row has an empty needed cell',
    data: fixed(csvLines([HEADER, 'Male,,0,0.5', 'Female,1,1,'])(0)),
    stderr: 'fairgate: data.csv: all 2 rows were left out (1 missing prediction, 1 missing score), so there is nothing to audit; a row needs its prediction, label and score cells filled in\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an outcome that is not a number (--outcome; a currency sign)',
    data: badRow('Male,1,0,$12'),
    args: OUTCOME,
    stderr: `fairgate: data.csv, line 6, column 4 (score): outcome "$12" is not a number; ${NUMBER_PER_ROW}; write it without currency signs or thousands separators\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a decimal-comma outcome in a comma-separated file',
    data: badRow('Male,1,0,"12,50"'),
    args: OUTCOME,
    stderr: `fairgate: data.csv, line 6, column 4 (score): outcome "12,50" is not a number; ${NUMBER_PER_ROW}; if the file writes decimal commas, say so with --decimal-comma\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an outcome that overflows to infinity (1e999)',
    data: badRow('Male,1,0,1e999'),
    args: OUTCOME,
    stderr: 'fairgate: data.csv, line 6, column 4 (score): outcome 1e999 is too large to be a number (it overflows to infinity); --outcome needs a finite number, such as an offer value or a price\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an empty outcome cell under --strict',
    data: badRow('Male,1,0,'),
    args: [...OUTCOME, '--strict'],
    stderr: 'fairgate: data.csv, line 6, column 4 (score): the outcome cell is empty, so this row would be left out (missing_outcome); --strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'every outcome cell empty',
    data: fixed(csvLines([HEADER, 'Male,1,0,', 'Female,0,1,'])(0)),
    args: OUTCOME,
    stderr: 'fairgate: data.csv: all 2 rows were left out (2 missing outcome), so there is nothing to audit; a row needs its outcome cells filled in\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a multi-class decision with one class only',
    data: fixed(csvLines([HEADER, 'Male,1,1,0.2', 'Female,0,1,0.4'])(0)),
    args: ['-g', 'gender', '--decision', 'converted'],
    stderr: 'fairgate: data.csv: --decision "converted" holds one class only ("1") in the 2 rows audited; class shares compare at least two classes: check the column, or audit a yes/no decision with --prediction\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a --favourable order that leaves out a class of the decision',
    data: fixed(withRows([])(0)),
    args: ['-g', 'gender', '--decision', 'score', '--favourable', '0.82>0.31>0.47'],
    stderr: 'fairgate: data.csv: --favourable leaves out "0.66", a class of "score"; name every class once, from most to least favourable (its classes are "0.31", "0.47", "0.66", "0.82")\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a --favourable order that names a class the decision does not have',
    data: fixed(withRows([])(0)),
    args: ['-g', 'gender', '--decision', 'targeted', '--favourable', '1>0>2'],
    stderr: 'fairgate: data.csv: --favourable names "2", not a class of "targeted"; its classes are "0", "1": write them from most to least favourable, e.g. "0>1"\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a class rule on a class the decision does not have',
    data: fixed(withRows([])(0)),
    args: ['-g', 'gender', '--decision', 'targeted', '--rule', 'class_impact>=0.8 class=yes'],
    stderr: 'fairgate: data.csv: rule "class_impact>=0.8 class=yes" judges class "yes", not a class of "targeted"; its classes are "0", "1"\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an empty decision cell under --strict',
    data: badRow('Male,1,,0.5'),
    args: ['-g', 'gender', '--decision', 'converted', '--strict'],
    stderr: 'fairgate: data.csv, line 6, column 3 (converted): the decision cell is empty, so this row would be left out (missing_class); --strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a misspelt column',
    data: fixed(withRows([])(0)),
    args: ['-g', 'gendr', '--prediction', 'targeted'],
    stderr: 'fairgate: data.csv, line 1: column "gendr" not found; did you mean "gender"? Columns: "gender", "targeted", "converted", "score"\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'terminal control characters or bidi overrides in the data (shown escaped in messages)',
    data: fixed(csvLines(['gen\u202eder,targeted,converted,score', ...ROWS])(0)),
    args: ['-g', 'gender', '--prediction', 'targeted'],
    stderr: 'fairgate: data.csv, line 1: column "gender" not found; did you mean "gen\\u202eder"? Columns: "gen\\u202eder", "targeted", "converted", "score"\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'duplicate header names (COMPAS has two decile_score columns)',
    data: { kind: 'shared', path: COMPAS },
    args: ['-g', 'race', '--score', 'decile_score', '--threshold', '5'],
    stderr: `fairgate: ${COMPAS}, line 1: the header has 2 columns named "decile_score" ("decile_score#1" is column 9, "decile_score#2" is column 37); say which one to use with name#k, e.g. --score "decile_score#2"\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a duplicate name chosen with name#k (accepted)',
    data: { kind: 'shared', path: COMPAS },
    args: ['-g', 'race', '--score', 'decile_score#2', '--threshold', '5'],
    stderr: '',
    exit: 1,
    paths: ALL,
  },
  {
    input: 'name#k beyond the copies',
    data: { kind: 'shared', path: COMPAS },
    args: ['-g', 'race', '--score', 'decile_score#3', '--threshold', '5'],
    stderr: `fairgate: ${COMPAS}, line 1: "decile_score#3": there are only 2 columns named "decile_score"; use "decile_score#1" (column 9) or "decile_score#2" (column 37)\n`,
    exit: 2,
    paths: ['file'],
  },
];
