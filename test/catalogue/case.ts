/**
 * The bad-input catalogue as data: each case is one row of the README table
 * (input → message → exit code) and one CLI test per path it applies to.
 * README.md ("Bad input") holds the table rendered from these cases, and a
 * test checks that it is equal (render.ts), so the two cannot drift apart.
 */

/** Where the input comes from: the file in one thread, the file split over worker threads, standard input. */
export type CasePath = 'file' | 'threads' | 'stdin';

export type CaseData =
  /** the file's bytes, with `pad` valid rows inserted after the header line (`isPadded`; otherwise `pad` is ignored) */
  | { kind: 'bytes'; bytes: (pad: number) => Buffer; isPadded: boolean }
  | { kind: 'missing' }
  | { kind: 'directory' }
  /** a file of the shared data sets, by its path from the checkout (../shared/data/…) */
  | { kind: 'shared'; path: string };

/** A file written beside the data before the run: its bytes, or a directory, a named pipe, or a sparse file of that many bytes. */
export type SideFile = Buffer | string | { kind: 'directory' } | { kind: 'fifo' } | { kind: 'sparse'; bytes: number };

export interface CatalogueCase {
  /** what is wrong with the input (the table's first column) */
  input: string;
  data: CaseData;
  /** the input's name on the command line (default data.csv) */
  name?: string;
  /** the options after the input (default STANDARD_ARGS) */
  args?: readonly string[];
  /** a fairgate.config.yaml written beside the data */
  config?: string;
  /** more files beside the data (a config named with -c, a baseline, aggregates), made when the case runs */
  files?: () => Record<string, SideFile>;
  /** environment variables of the run */
  env?: Record<string, string>;
  /** `audit --from-aggregates …`: no data file on the command line, `args` name the statistics */
  isStatisticsRun?: boolean;
  /** standard error, exactly, with the input named as on the command line; '' for an accepted input */
  stderr: string;
  /** 3: rules were given and no check could be judged */
  exit: 0 | 1 | 2 | 3;
  paths: readonly CasePath[];
  /** an accepted input: its JSON report equals that of these bytes (with the same padding), except what names the bytes read */
  sameReportAs?: (pad: number) => Buffer;
}

export const DATA_NAME = 'data.csv';
export const HEADER = 'gender,targeted,converted,score';
export const STANDARD_ARGS = ['-g', 'gender', '--prediction', 'targeted', '--label', 'converted', '--score', 'score'] as const;
/** Valid rows; padding repeats them, so values appear in the same order with or without it. */
export const ROWS = ['Female,1,1,0.82', 'Male,0,0,0.31', 'Female,0,1,0.47', 'Male,1,0,0.66'] as const;
/** Rows inserted after the header for the worker-thread path: enough that `--threads 2` splits the file before the bad row. */
export const THREAD_PADDING = 4000;

export interface TextOptions {
  eol?: string;
  bom?: boolean;
  /** a line break after the last line (default true) */
  isTerminated?: boolean;
  /** the padding rows, when the header is not HEADER (`i`: the padding row's index, from 0) */
  padRow?: (row: string, i: number) => string;
}

/** A CSV from its lines (the header first), with `pad` copies of ROWS inserted after the header. */
export function csvLines(lines: readonly (string | Buffer)[], options: TextOptions = {}): (pad: number) => Buffer {
  const eol = options.eol ?? '\n';
  return (pad) => {
    const padding = Array.from({ length: pad }, (_, i) => (options.padRow ?? ((r) => r))(ROWS[i % ROWS.length]!, i));
    const all = [lines[0]!, ...padding, ...lines.slice(1)].map((l) => (typeof l === 'string' ? Buffer.from(l) : l));
    const body = all.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from(eol), l]));
    return Buffer.concat([Buffer.from(options.bom ? '\ufeff' : ''), ...body, Buffer.from(options.isTerminated === false ? '' : eol)]);
  };
}

/** The standard header and rows, then `bad` lines. */
export const withRows = (bad: readonly (string | Buffer)[], options?: TextOptions) => csvLines([HEADER, ...ROWS, ...bad], options);

export const padded = (bytes: (pad: number) => Buffer): CaseData => ({ kind: 'bytes', bytes, isPadded: true });
export const fixed = (bytes: Buffer | string): CaseData => ({ kind: 'bytes', bytes: () => Buffer.from(bytes), isPadded: false });

/** Line numbers from 2 on (and row numbers of a table without lines) move down by `pad` when padding rows are inserted after the header. */
export function shiftLines(message: string, pad: number): string {
  return message.replace(/\bline (\d+)/g, (all, n: string) => (Number(n) >= 2 ? `line ${Number(n) + pad}` : all)).replace(/\brow (\d+)/g, (_, n: string) => `row ${Number(n) + pad}`);
}
