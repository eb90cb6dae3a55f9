import { UsageError } from '../model/errors.js';
import { shellQuote } from '../render/provenance.js';
import { countOf } from '../util/plural.js';
import type { CliIo } from './io.js';

/** The longest command line a suggestion repeats in full; a longer one is shortened to its start. */
const MAX_SUGGESTION = 160;

/** The command as run, with `-` put where the data file goes: what to type to read standard input. */
function withDash(argv: readonly string[]): string {
  const at = argv.indexOf('audit');
  const words = ['fairgate', ...argv.slice(0, at + 1), '-', ...argv.slice(at + 1)].map(shellQuote).join(' ');
  return words.length > MAX_SUGGESTION ? `${words.slice(0, MAX_SUGGESTION)}…` : words;
}

/**
 * An audit reads one data file (or `-`, standard input) or the files of
 * --from-aggregates: neither and both are usage errors, each told as it is.
 * Data piped in without `-` is not read (standard input is never read unasked:
 * a CI job's input may be a terminal or /dev/null), so the message says how to
 * read it, with the command to type.
 */
export function checkInputChoice(file: string | undefined, flags: { fromAggregates?: readonly string[]; inputName?: string }, io: Pick<CliIo, 'argv' | 'isStdinTty'>): void {
  const aggregates = flags.fromAggregates;
  if (aggregates !== undefined && flags.inputName !== undefined) {
    throw new UsageError('--input-name names standard input, and --from-aggregates reads no data file: drop --input-name (the aggregate files name their data)');
  }
  if (file !== undefined && aggregates !== undefined) {
    throw new UsageError(`give a data file or --from-aggregates <files…>, not both: the data file ${JSON.stringify(file)} and ${countOf(aggregates.length, 'aggregate files')} were given`);
  }
  if (file !== undefined || aggregates !== undefined) return;
  if (io.isStdinTty === false) {
    throw new UsageError(`no data file given; standard input is read only when - stands in for the file name: ${withDash(io.argv)} (or give a CSV file, or --from-aggregates <files…>)`);
  }
  throw new UsageError('no data file given: name a CSV file (fairgate audit data.csv …), - to read standard input, or --from-aggregates <files…>; fairgate audit --help lists the options');
}

/**
 * What standard input is called in reports and messages: `-`, or the label of
 * --input-name (say, the file or URL it came from). A file is named by its
 * path, so the label is refused beside one, as is an empty label.
 */
export function inputNameOf(file: string, label: string | undefined): string {
  if (label === undefined) return file;
  if (file !== '-') throw new UsageError(`--input-name ${JSON.stringify(label)}: names standard input, but the data is the file ${JSON.stringify(file)}, which reports name by its path; drop --input-name, or read the data with -`);
  if (label.trim() === '') throw new UsageError('--input-name: expected a name for standard input (the file or URL the data came from), got an empty one');
  return label;
}
