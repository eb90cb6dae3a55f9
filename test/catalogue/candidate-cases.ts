import { csvLines, HEADER, padded, ROWS, type CatalogueCase } from './case.js';

const ALL = ['file', 'threads', 'stdin'] as const;
const FILE = ['file'] as const;
/** The standard rows with a candidate model's decision (`model_b`) and a candidate score (`score_b`) appended; padding rows get both too. */
const candidateFile = (bad: string[] = []) =>
  padded(csvLines([`${HEADER},model_b,score_b`, ...ROWS.map((r, i) => `${r},${i % 2},0.${i + 2}`), ...bad], { padRow: (r, i) => `${r},${i % 2},0.5` }));
const DECISION = ['-g', 'gender', '--prediction', 'targeted', '--label', 'converted'] as const;
const SCORED = ['-g', 'gender', '--score', 'score', '--threshold', '0.5', '--label', 'converted'] as const;
const onCommandLine = (...issues: string[]) => issues.map((i) => `fairgate: invalid configuration in command line: ${i}\n`).join('');

/** A second model on the same rows (`--candidate`): what the candidate column and its rules must be. */
export const CANDIDATE_CASES: readonly CatalogueCase[] = [
  {
    input: 'a candidate column with values that are neither positive nor negative',
    data: candidateFile(['Male,1,0,0.5,maybe,0.5']),
    args: [...DECISION, '--candidate', 'model_b'],
    stderr: 'fairgate: data.csv, line 6, column 5 (model_b): candidate value "maybe" is neither positive nor negative; the candidate is read like --prediction, as 1/0, true/false or yes/no, or list its positive values with --prediction-positive\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an empty candidate cell',
    data: candidateFile(['Male,1,0,0.5,,0.5']),
    args: [...DECISION, '--candidate', 'model_b'],
    stderr: 'fairgate: data.csv, line 6, column 5 (model_b): the candidate cell is empty; --candidate compares two models on the same rows, so every row needs both decisions: fill it in or remove the row\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a candidate score that is not a number (--score with --threshold)',
    data: candidateFile(['Male,1,0,0.5,1,high']),
    args: [...SCORED, '--candidate', 'score_b'],
    stderr: 'fairgate: data.csv, line 6, column 6 (score_b): candidate score "high" is not a number; with --score and --threshold the candidate is a score column, cut at the same threshold (0.5)\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a missing candidate column',
    data: candidateFile(),
    args: [...DECISION, '--candidate', 'modelb'],
    stderr: 'fairgate: data.csv, line 1: column "modelb" not found; did you mean "model_b"? Columns: "gender", "targeted", "converted", "score", "model_b", "score_b"\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a candidate that is the prediction column itself',
    data: candidateFile(),
    args: [...DECISION, '--candidate', 'targeted'],
    stderr: onCommandLine('columns.candidate: "targeted" is the prediction column itself; --candidate takes a second model\'s column, to compare with --prediction on the same rows'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a candidate without a decision to compare with (a score and no --threshold)',
    data: candidateFile(),
    args: ['-g', 'gender', '--score', 'score', '--label', 'converted', '--candidate', 'score_b'],
    stderr: onCommandLine(
      'columns.candidate: a candidate is compared with the audited decision, so it needs one: --prediction (the candidate is then a decision column) or --score with --threshold (the candidate is then a score column cut at the same threshold)',
    ),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a candidate(…) rule without --candidate',
    data: candidateFile(),
    args: [...DECISION, '--rule', 'candidate(disparate_impact)>=0.8'],
    stderr: onCommandLine('rules.0: rule "candidate(disparate_impact)>=0.8" judges the candidate model: give its column with --candidate / columns.candidate'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a candidate(…) rule on a metric of scores',
    data: candidateFile(),
    args: [...SCORED, '--candidate', 'score_b', '--rule', 'candidate(auc)>=0.7'],
    stderr: onCommandLine('rules.0: rule "candidate(auc)>=0.7": the candidate is judged on its decisions only, and auc needs more (scores, ranks, outcomes or strata); judge a decision metric such as disparate_impact, or the audited model'),
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a regression bound on a metric of scores with --candidate',
    data: candidateFile(),
    args: [...SCORED, '--candidate', 'score_b', '--rule', 'regression(auc)<=0.01'],
    stderr: onCommandLine('rules.0: rule "regression(auc)<=0.01": with --candidate a regression bound compares the candidate with the audited model, and the candidate has decisions only, no auc; bound a decision metric such as disparate_impact'),
    exit: 2,
    paths: FILE,
  },
];
