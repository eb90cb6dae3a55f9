import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_INIT_OUTPUT } from '../model/defaults.js';
import { validateFileConfig } from '../config/validate-config.js';
import { InputError, UsageError } from '../model/errors.js';
import { createCsvChunkReader } from '../input/csv/csv-reader.js';
import { toInputError } from '../input/csv/read-csv.js';
import { isGzip } from '../input/csv/sniff-bytes.js';
import { renderConfigTemplate } from '../render/config-template.js';
import { guessColumns } from '../pipeline/guess-columns.js';
import { writeOutputs } from './write-outputs.js';
import { guardRunFiles } from './guard-run-files.js';
import type { CliIo } from './io.js';
import { fieldText, type CsvRecord } from '../input/csv/csv-record.js';
import { isParquetStart } from '../input/formats/input-format.js';
import { chooseTextScanner } from '../input/formats/text-scanner.js';

export interface InitFlags {
  force?: boolean;
  output?: string;
}

/** Enough of the file for a header and a first look at the values; never the whole file. */
const SAMPLE_BYTES = 256 * 1024;
const SAMPLE_ROWS = 200;
/** Compressed bytes read from a gzip file for the sample. */
const GZIP_SAMPLE_BYTES = 32 * 1024;

/** The records of a sample of a file, read by fairgate's own scanner (a last record cut off by the sample's end is left out). */
function sampleRecords(bytes: Buffer, isWholeFile: boolean, display: string): string[][] {
  const rows: string[][] = [];
  const onRecord = (r: CsvRecord) => {
    if (rows.length <= SAMPLE_ROWS) rows.push(Array.from({ length: r.fieldCount }, (_, i) => fieldText(r, i)));
  };
  // the separator (or JSON Lines) found from the sample, as an audit finds it from its first bytes
  const choice = chooseTextScanner(display, { delimiter: null, decimalComma: null }, onRecord);
  const reader = createCsvChunkReader({ onRecord, scannerFromHead: { bytes: 0, create: choice.scannerFromHead.create } });
  try {
    reader.push(bytes);
    if (isWholeFile) reader.end();
  } catch (error) {
    throw toInputError(display, error);
  }
  // scores written with decimal commas are guessed as scores too
  if (!choice.facts()?.decimalComma) return rows;
  return rows.map((row) => row.map((cell) => (/^[+-]?\d*,\d+$/.test(cell.trim()) ? cell.replace(',', '.') : cell)));
}

/**
 * The first bytes of the file, as text: a gzip file (recognised by its magic
 * number, as `audit` does) is decompressed from its first 32 KiB only — a
 * deflate block expands at most about 1,000-fold, so that bounds the work —
 * with a sync flush, which accepts a stream cut short.
 */
function readSample(fd: number, display: string): { bytes: Buffer; isWholeFile: boolean } {
  const head = Buffer.alloc(SAMPLE_BYTES);
  const read = readSync(fd, head, 0, SAMPLE_BYTES, 0);
  if (isParquetStart(head.subarray(0, read))) {
    throw new InputError(display, undefined, 'fairgate init guesses columns from delimited text or JSON Lines, not Parquet: run it on a CSV export of the first rows, or without a file for the commented template');
  }
  if (!isGzip(head, 0, read)) return { bytes: head.subarray(0, read), isWholeFile: read < SAMPLE_BYTES };
  const compressed = head.subarray(0, Math.min(read, GZIP_SAMPLE_BYTES));
  let text: Buffer;
  try {
    text = gunzipSync(compressed, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch (error) {
    throw toInputError(display, error); // the message audit gives for damaged gzip
  }
  const isWholeFile = read === compressed.length && read < SAMPLE_BYTES && text.length <= SAMPLE_BYTES;
  return { bytes: text.subarray(0, SAMPLE_BYTES), isWholeFile };
}

function readHead(file: string, display: string): { header: string[]; sample: string[][] } {
  let rows: string[][];
  try {
    const fd = openSync(file, 'r');
    try {
      const { bytes, isWholeFile } = readSample(fd, display);
      rows = sampleRecords(bytes, isWholeFile, display);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found; check the path' : code === 'EISDIR' ? 'is a directory; give a CSV file' : `cannot read it (${code ?? (error as Error).message})`;
    throw new InputError(display, undefined, why, { cause: error });
  }
  const [header, ...sample] = rows;
  if (!header || header.length === 0) throw new InputError(display, undefined, 'the file is empty; expected a header line');
  return { header: header.map((h) => h.trim()), sample };
}

/** `fairgate init [file]`: writes a commented config guessed from the file's header; never overwrites without --force. */
export function initCommand(file: string | undefined, flags: InitFlags, io: CliIo): number {
  const output = flags.output ?? DEFAULT_INIT_OUTPUT;
  const target = path.resolve(io.cwd, output);
  const shown = path.relative(io.cwd, target) || target;
  guardRunFiles({ ...(file !== undefined ? { data: file } : {}), config: false, outputs: [output], writesStdout: true }, io);
  if (existsSync(target) && !flags.force) throw new UsageError(`${shown} already exists; use --force to overwrite it`);
  const { header, sample } = file ? readHead(path.resolve(io.cwd, file), file) : { header: [], sample: [] };
  const guess = guessColumns(header, sample);
  const text = renderConfigTemplate(guess, { ...(file ? { file } : {}), header });
  const validated = validateFileConfig(parseYaml(text));
  if (!validated.ok) throw new Error(`fairgate init produced an invalid config: ${JSON.stringify(validated.issues)}`);
  writeOutputs([{ path: target, shown: `-o ${output}`, content: text }]);
  const roles = [['prediction', guess.prediction], ['score', guess.score], ['label', guess.label]].filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
  const lines = [
    `wrote ${shown}${file ? ` from the header of ${file}` : ' (a template: no input file given)'}`,
    ...(roles.length ? [`  ${roles.join(', ')}`] : []),
    ...(guess.groups.length ? [`  groups: ${guess.groups.join(', ')}`] : []),
    ...guess.notes.map((n) => `  note: ${n}`),
    `Review it, then run: fairgate audit ${file ?? '<data.csv>'}${flags.output && flags.output !== DEFAULT_INIT_OUTPUT ? ` -c ${flags.output}` : ''}`,
  ];
  io.writeStdout(`${lines.join('\n')}\n`);
  return 0;
}
