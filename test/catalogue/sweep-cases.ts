import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputCase } from './output-cases.js';

/**
 * `fairgate sweep`, as catalogue rows: what a threshold sweep needs (a score,
 * a label, a decision from nothing but the score) and its own flags. Each runs
 * as an output row does (run-output-case.ts: data.csv of four good rows,
 * exact standard error and exit code, the folder exactly as before).
 */
const sweep = (...rest: string[]) => ['sweep', 'data.csv', '-g', 'gender', ...rest];
const SL = ['--score', 'score', '--label', 'converted'] as const;
const FILE = ['file'] as const;

export const SWEEP_CASES: readonly OutputCase[] = [
  { input: 'sweep without --score', args: sweep('--label', 'converted'), stderr: 'fairgate: sweep: no score column; give --score <col> (the model score in [0, 1] whose threshold the sweep varies)\n', exit: 2, paths: FILE },
  { input: 'sweep without --label', args: sweep('--score', 'score'), stderr: 'fairgate: sweep: no label column; give --label <col> (the actual outcome: TPR, FPR, PPV and accuracy need it)\n', exit: 2, paths: FILE },
  {
    input: 'sweep with a score column the file does not have',
    args: sweep('--score', 'scor', '--label', 'converted'),
    stderr: 'fairgate: data.csv, line 1: column "scor" not found; did you mean "score"? Columns: "gender", "targeted", "converted", "score"\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'sweep with a decision column (the sweep varies a threshold on the score)',
    args: sweep(...SL, '-c', 'with-prediction.yaml'),
    setup: (dir) => writeFileSync(path.join(dir, 'with-prediction.yaml'), 'columns: { prediction: targeted }\n'),
    stderr: 'fairgate: sweep: the sweep varies a threshold on --score, so the decision cannot come from --prediction, --top-k, --top-percent or the ll144 scoring rate; remove it (--threshold marks the current threshold)\n',
    exit: 2,
    paths: FILE,
  },
  { input: '--select above 100 %', args: sweep(...SL, '--select', '150%'), stderr: 'fairgate: --select: expected a percentage above 0 and at most 100, got "150%"; e.g. --select 20%\n', exit: 2, paths: FILE },
  { input: '--select 0', args: sweep(...SL, '--select', '0'), stderr: 'fairgate: --select: expected a percentage (20%) or a whole number of rows of at least 1, got "0"\n', exit: 2, paths: FILE },
  { input: '--select more rows than the data has', args: sweep(...SL, '--select', '5'), stderr: 'fairgate: --select 5: the sweep used 4 rows; give at most that many, or a percentage (--select 20%)\n', exit: 2, paths: FILE },
  { input: '--grid with a threshold outside [0, 1]', args: sweep(...SL, '--grid', '0.2,1.5'), stderr: 'fairgate: --grid: expected thresholds from 0 to 1 separated by commas, got "1.5" in "0.2,1.5"; e.g. --grid 0.3,0.5,0.7\n', exit: 2, paths: FILE },
  {
    input: '--grid above every score (nothing selected at any threshold)',
    args: sweep(...SL, '--grid', '0.9'),
    stderr: 'fairgate: --grid: every threshold given is above the highest score, so none selects a row; give thresholds at or below the highest score in the data\n',
    exit: 2,
    paths: FILE,
  },
  { input: '--grid-step 0', args: sweep(...SL, '--grid-step', '0'), stderr: 'fairgate: --grid-step: expected a number above 0 and at most 1, got "0"; e.g. --grid-step 0.01\n', exit: 2, paths: FILE },
  {
    input: '--per-group without a target rate',
    args: sweep(...SL, '--per-group'),
    stderr: 'fairgate: --per-group: needs a selection rate to give every group: add --select 20% (or --threshold t, whose overall rate is used)\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'sweep -o a PDF (not a sweep format)',
    args: sweep(...SL, '-o', 'sweep.pdf'),
    stderr: 'fairgate: -o sweep.pdf: unknown report extension ".pdf" for a sweep; use one of .txt, .json, .md, .html, .htm, .csv, .xml\n',
    exit: 2,
    paths: FILE,
  },
  { input: 'no threshold passes (every check inconclusive under --fail-on inconclusive): an answer, not an error', args: sweep(...SL, '--fail-on', 'inconclusive', '--quiet'), stderr: '', exit: 1, paths: FILE },
];
