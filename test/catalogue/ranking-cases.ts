import { gzipSync } from 'node:zlib';
import { csvLines, HEADER, padded, ROWS, withRows, type CatalogueCase } from './case.js';

const ALL = ['file', 'threads', 'stdin'] as const;
const STRICT = '--strict / strict: true allows no dropped rows: fill in or remove such rows, or run without --strict to leave them out and count them in rowsDropped';

/**
 * The standard rows with a rank column: ranks 1–4, padding rows 5, 6, … (one
 * list, positions never repeat), then `bad` as the last row (line 6 unpadded).
 */
const ranked = (bad: string) =>
  padded(csvLines([`${HEADER},rank`, ...ROWS.map((r, i) => `${r},${i + 1}`), bad], { padRow: (r, i) => `${r},${i + ROWS.length + 1}` }));
const RANK_ARGS = ['-g', 'gender', '--prediction', 'targeted', '--label', 'converted', '--rank', 'rank'] as const;
// the top score (with its ties at the cut-off: 1,001 rows when padded) is Female's, so four-fifths fails with or without padding
const TOP_K_ARGS = ['-g', 'gender', '--label', 'converted', '--score', 'score', '--top-k', '1', '--min-group-size', '1'] as const;

/** Ranked outputs and score cut-offs: rank cells, and --top-k's two passes over gzip input. */
export const RANKING_CASES: readonly CatalogueCase[] = [
  {
    input: 'a rank of 0 (positions counted from 0; a rank column, --rank rank)',
    data: ranked('Male,1,0,0.5,0'),
    args: RANK_ARGS,
    stderr: 'fairgate: data.csv, line 6, column 5 (rank): rank "0" is not a whole number ≥ 1; ranks are positions, 1 = top of the list\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a rank that is not a whole number (--rank rank)',
    data: ranked('Male,1,0,0.5,1.5'),
    args: RANK_ARGS,
    stderr: 'fairgate: data.csv, line 6, column 5 (rank): rank "1.5" is not a whole number ≥ 1; ranks are positions, 1 = top of the list\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an empty rank cell under --strict (--rank rank)',
    data: ranked('Male,1,0,0.5,'),
    args: [...RANK_ARGS, '--strict'],
    stderr: `fairgate: data.csv, line 6, column 5 (rank): the rank cell is empty, so this row would be left out (missing_rank); ${STRICT}\n`,
    exit: 2,
    paths: ALL,
  },
  {
    // --top-k reads the input twice (the cut-off, then the tally): a file is opened again, standard input is
    // spooled to a temporary file (test/e2e/gzip.test.ts checks that it is deleted)
    input: 'gzip-compressed input with --top-k 1 instead of --prediction: two passes, standard input spooled to a temporary file (accepted)',
    data: padded((pad) => gzipSync(withRows([])(pad))),
    name: 'data.csv.gz',
    // judged on the estimate, so that the padding rows of the threads path do not turn a warning into a failure
    args: [...TOP_K_ARGS, '--rule', 'disparate_impact>=0.8 require=point'],
    stderr: '',
    exit: 1,
    paths: ALL,
    sameReportAs: withRows([]),
  },
];
