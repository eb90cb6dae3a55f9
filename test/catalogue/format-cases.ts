import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvLines, fixed, HEADER, padded, ROWS, STANDARD_ARGS, THREAD_PADDING, withRows, type CatalogueCase } from './case.js';
import { csvToParquet, writeParquet } from '../helpers/parquet-files.js';

const plain = withRows([]);
const ALL = ['file', 'threads', 'stdin'] as const;

/** A row of the standard table as `;`-separated text with a decimal comma. */
const semicolon = (row: string) => row.replaceAll(',', ';').replace(/(\d)\.(\d)/, '$1,$2');
const semicolonRows = (bad: readonly string[] = []) => csvLines([semicolon(HEADER), ...ROWS.map(semicolon), ...bad], { padRow: semicolon });

/** A row of the standard table as a JSON object with typed values. */
function json(row: string): string {
  const [gender, targeted, converted, score] = row.split(',');
  return JSON.stringify({ gender, targeted: Number(targeted), converted: Number(converted), score: Number(score) });
}

/** JSON Lines of the standard rows, then `bad` lines; padding goes after the first line (its lines then move as a CSV's do). */
function jsonLines(bad: readonly string[]): (pad: number) => Buffer {
  return (pad) => {
    const padding = Array.from({ length: pad }, (_, i) => json(ROWS[i % ROWS.length]!));
    return Buffer.from([json(ROWS[0]!), ...padding, ...ROWS.slice(1).map(json), ...bad].join('\n') + '\n');
  };
}

/**
 * Parquet files are written by DuckDB, which is asynchronous: `makeFormatFixtures`
 * writes them before the cases run (test/e2e/catalogue-formats.test.ts), and
 * a case's bytes are read from there.
 */
const made = new Map<string, Buffer>();
const parquet = (key: string) => (pad: number) => {
  const bytes = made.get(`${key}-${pad}`) ?? made.get(key);
  if (!bytes) throw new Error(`Parquet fixture ${key} (padding ${pad}) not made: call makeFormatFixtures() first`);
  return bytes;
};

export async function makeFormatFixtures(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-catalogue-parquet-'));
  try {
    const fromCsv = async (key: string, bytes: (pad: number) => Buffer, pad: number) => {
      const csv = path.join(dir, `${key}-${pad}.csv`);
      const out = path.join(dir, `${key}-${pad}.parquet`);
      writeFileSync(csv, bytes(pad));
      await csvToParquet(csv, out, 'zstd', { gender: 'VARCHAR', targeted: 'INTEGER', converted: 'BOOLEAN', score: 'DOUBLE' }, 2048);
      made.set(`${key}-${pad}`, readFileSync(out));
    };
    for (const pad of [0, THREAD_PADDING]) {
      await fromCsv('good', plain, pad);
      await fromCsv('score', withRows(['Male,1,0,1.5']), pad);
    }
    const whole = made.get('good-0')!;
    made.set('truncated', whole.subarray(0, whole.length - 20));
    const nested = path.join(dir, 'nested.parquet');
    await writeParquet("SELECT 'Female' AS gender, [1, 2] AS tags, 1 AS targeted, 0.5 AS score", nested);
    made.set('nested', readFileSync(nested));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PARQUET_TYPES = 'gender (VARCHAR), targeted (INTEGER), converted (BOOLEAN), score (DOUBLE)';

/** Delimited text other than commas, decimal commas, JSON Lines and Parquet. */
export const FORMAT_CASES: readonly CatalogueCase[] = [
  {
    input: '`;`-separated with decimal commas (0,82), as European Excel writes "CSV" (accepted: both detected; without --quiet a one-line note says so)',
    data: padded(semicolonRows()),
    stderr: '',
    exit: 0,
    paths: ALL,
    sameReportAs: plain,
  },
  { input: 'tab-separated, named .tsv (accepted)', data: padded(csvLines([HEADER, ...ROWS].map((r) => r.replaceAll(',', '\t')), { padRow: (r) => r.replaceAll(',', '\t') })), name: 'data.tsv', stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  {
    input: 'a `;`-separated file read as comma-separated (`--delimiter ,`)',
    data: padded(semicolonRows()),
    args: ['-g', 'gender', '--prediction', 'targeted', '--label', 'converted', '--score', 'score', '--delimiter', ','],
    stderr:
      'fairgate: data.csv, line 1: column "targeted" not found. Columns: "gender;targeted;converted;score". The header was read as one column that contains \';\'s: the file is probably \';\'-separated; say so with --delimiter \';\', or leave --delimiter out to detect it\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a header and rows that two separators split evenly',
    data: fixed(['gender,targeted;converted,score', 'Female,1;1,0.82', 'Male,0;0,0.31'].join('\n') + '\n'),
    stderr:
      "fairgate: data.csv: cannot tell which separator the fields use: the header and the first 2 records split evenly at more than one (',' into 3 fields, ';' into 2 fields); say which with --delimiter (',', ';', tab or '|')\n",
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a decimal-comma score in a comma-separated file',
    data: padded(withRows(['Male,1,0,"0,5"'])),
    stderr: 'fairgate: data.csv, line 6, column 4 (score): score "0,5" is not a number; expected a probability between 0 and 1 (e.g. 0.37); if the file writes decimal commas, say so with --decimal-comma\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'an unknown separator (`--delimiter :`)',
    data: padded(plain),
    args: ['-g', 'gender', '--prediction', 'targeted', '--delimiter', ':'],
    stderr: 'fairgate: invalid configuration in command line: --delimiter: expected \',\', \';\', \'|\' or tab (a tab character, or the word tab), got ":"\n',
    exit: 2,
    paths: ['file'],
  },
  { input: 'JSON Lines, typed values (accepted)', data: padded(jsonLines([])), name: 'data.jsonl', stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  {
    input: 'a JSON Lines line that is an array',
    data: padded(jsonLines(['["Male",1,0,0.5]'])),
    name: 'data.jsonl',
    stderr:
      'fairgate: data.jsonl, line 5: malformed JSON Lines: this line is a JSON array; each line must hold one JSON object, {"column": value, …} (an array of rows is a JSON document, not JSON Lines: convert it, e.g. jq -c \'.[]\')\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a JSON Lines object cut at the end of its line',
    data: padded(jsonLines(['{"gender":"Male","targeted":1,'])),
    name: 'data.jsonl',
    stderr: 'fairgate: data.jsonl, line 5: malformed JSON Lines: the line ends inside the object: each line must hold one whole JSON object (pretty-printed JSON spans lines: write one object per line, e.g. jq -c)\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a nested JSON value in a column the audit reads',
    data: padded(jsonLines(['{"gender":{"code":"M"},"targeted":1,"converted":0,"score":0.5}'])),
    name: 'data.jsonl',
    stderr: 'fairgate: data.jsonl, line 5, column 1 (gender): malformed JSON Lines: the value is an object; fairgate reads strings, numbers, true, false and null in the columns it audits: flatten it in the export\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'JSON Lines with typed booleans: a positive set that matches only by case (`--prediction-positive True`)',
    data: fixed(ROWS.map((r) => JSON.stringify({ ...JSON.parse(json(r)), targeted: r.split(',')[1] === '1' })).join('\n') + '\n'),
    name: 'data.jsonl',
    args: [...STANDARD_ARGS, '--prediction-positive', 'True'],
    stderr: `fairgate: data.jsonl: prediction column "targeted" holds none of the positive values "True" (--prediction-positive or the config's predictionPositive), so every row would count as negative; values found, most frequent first: "true" (2 rows), "false" (2 rows); did you mean --prediction-positive true? (values are matched exactly, case included)\n`,
    exit: 2,
    paths: ALL,
  },
  { input: `Parquet (${PARQUET_TYPES}; a file, or standard input told by its first bytes) (accepted)`, data: padded(parquet('good')), name: 'data.parquet', stderr: '', exit: 0, paths: ALL, sameReportAs: plain },
  {
    input: 'a Parquet file cut short (its footer lost)',
    data: { kind: 'bytes', bytes: parquet('truncated'), isPadded: false },
    name: 'data.parquet',
    stderr:
      'fairgate: data.parquet: the Parquet file is cut short or damaged: it does not end with the Parquet footer (the metadata and the 4 bytes PAR1 that close every Parquet file), as when a copy or an export stopped early; copy or export it again\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a score outside [0, 1] in a Parquet row (rows are counted from 1, without a header)',
    data: padded(parquet('score')),
    name: 'data.parquet',
    stderr: 'fairgate: data.parquet, row 5, column 4 (score): score 1.5 is outside [0, 1]; calibration metrics need a probability — rescale the scores, or audit without --label\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a nested Parquet column (a list) as a group',
    data: { kind: 'bytes', bytes: parquet('nested'), isPadded: false },
    name: 'data.parquet',
    args: ['-g', 'tags', '--prediction', 'targeted'],
    stderr:
      'fairgate: data.parquet: column "tags" is a nested column (a list), which fairgate cannot audit: it reads strings, numbers, decimals and booleans; flatten or cast it in the export (e.g. SELECT CAST(tags AS VARCHAR))\n',
    exit: 2,
    paths: ALL,
  },
  {
    input: 'Parquet: a positive set that matches a BOOLEAN column only by case (`--label-positive TRUE`)',
    data: { kind: 'bytes', bytes: parquet('good'), isPadded: false },
    name: 'data.parquet',
    args: [...STANDARD_ARGS, '--label-positive', 'TRUE'],
    stderr: `fairgate: data.parquet: label column "converted" holds none of the positive values "TRUE" (--label-positive or the config's labelPositive), so every row would count as negative; values found, most frequent first: "true" (2 rows), "false" (2 rows); did you mean --label-positive true? (values are matched exactly, case included)\n`,
    exit: 2,
    paths: ALL,
  },
  {
    input: 'a CSV file named .parquet',
    data: padded(plain),
    name: 'data.parquet',
    stderr: 'fairgate: data.parquet: this is not a Parquet file: it does not start with the 4 bytes PAR1; give the file a name that says its format (.csv, .jsonl) or export it as Parquet again\n',
    exit: 2,
    paths: ['file', 'threads'],
  },
];

