import { CsvSyntaxError } from './csv-record.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/** Where an incomplete record stands: the field it is in, and the quote still open (its line offset and field) if any. */
function recordState(buf: Uint8Array, start: number, end: number, separator: number): { field: number; openQuote: { breaks: number } | undefined } {
  let field = 1;
  let breaks = 0;
  let isQuoted = false;
  let openedAt = 0;
  for (let pos = start; pos < end; pos++) {
    const c = buf[pos];
    if (c === QUOTE && (isQuoted || pos === start || buf[pos - 1] === separator)) {
      if (!isQuoted) openedAt = breaks;
      isQuoted = !isQuoted; // a doubled quote closes and reopens: still inside
    } else if (c === separator && !isQuoted) field++;
    else if (c === LF || (c === CR && buf[pos + 1] !== LF)) breaks++;
  }
  return { field, openQuote: isQuoted ? { breaks: openedAt } : undefined };
}

const round = (x: number) => Math.round(x * 10) / 10;
const mib = (bytes: number) => (bytes >= 1 << 20 ? `${round(bytes / (1 << 20))} MiB` : `${round(bytes / 1024)} KiB`);

/**
 * The error for a record, starting on `line` at buf[start], that is already
 * longer than `max` bytes without an end: an unclosed quote (named at the
 * line where it opens) or a field without a line break after it. The message
 * names the limit, not how far reading got (that depends on the chunks read).
 */
export function recordTooLong(line: number, buf: Uint8Array, start: number, end: number, max: number, separator = COMMA): CsvSyntaxError {
  const { field, openQuote } = recordState(buf, start, end, separator);
  const limit = `${mib(max)}, fairgate's limit for one record`;
  if (openQuote) {
    return new CsvSyntaxError(
      line + openQuote.breaks,
      `a quoted field starts here and is still open after ${limit}; a closing double quote is probably missing: add it (and double any quote inside the value)`,
      field,
    );
  }
  return new CsvSyntaxError(
    line,
    `this record is longer than ${limit}, without a line break; is it a binary file, or a text column that does not belong in an audit extract? Remove or shorten that column`,
    field,
  );
}
