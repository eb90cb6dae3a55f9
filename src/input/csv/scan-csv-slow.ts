import { describeCharAt } from './utf8-check.js';
import { CsvSyntaxError, emitRecord, separatorName, growFields, INCOMPLETE, nulByteError, type SlowContext } from './csv-record.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const NEED_MORE = -3;

/**
 * The general path for one record: quoted fields (with separators, quotes
 * and line breaks inside), CR/LF bytes that are content, the record
 * delimiter's discovery, and the end of the input. Returns the next record's
 * start, or INCOMPLETE when the buffer ends first and more input may follow.
 */
export function scanSlowRecord(ctx: SlowContext, buf: Buffer, rs: number, end: number, isLast: boolean): number {
  const { record } = ctx;
  const startTerminator = terminatorAt(ctx, buf, rs, end, isLast);
  if (startTerminator === NEED_MORE) return INCOMPLETE;
  if (startTerminator > 0) {
    ctx.line += 1; // a blank line
    ctx.isAfterCr = buf[rs] === CR && startTerminator === 1;
    return rs + startTerminator;
  }
  let breaks = 0;
  let pos = rs;
  let f = 0;
  let hasQuoted = false;
  for (;;) {
    if (f === record.starts.length) growFields(record);
    record.quoted[f] = null;
    if (pos < end && buf[pos] === QUOTE) {
      const closing = closingQuote(buf, pos + 1, end, isLast, ctx.line + breaks, f + 1);
      if (closing.at < 0) return INCOMPLETE;
      record.starts[f] = pos + 1;
      record.ends[f] = closing.at;
      record.quoted[f] = buf.toString('utf8', pos + 1, closing.at).replaceAll('""', '"');
      hasQuoted = true;
      breaks += closing.breaks;
      pos = closing.at + 1;
    } else {
      record.starts[f] = pos;
      for (;;) {
        if (pos >= end) {
          if (!isLast) return INCOMPLETE;
          break;
        }
        const c = buf[pos]!;
        if (c === ctx.separator) break;
        const t = terminatorAt(ctx, buf, pos, end, isLast);
        if (t === NEED_MORE) return INCOMPLETE;
        if (t > 0) break;
        if (c === QUOTE) {
          throw new CsvSyntaxError(ctx.line + breaks, 'a double quote inside a field that does not start with one; put the whole value in quotes and double the inner quote ("a ""b"" c")', f + 1);
        }
        if (c === 0) throw nulByteError(ctx.line + breaks, f + 1);
        if (!(c === LF && pos === rs && ctx.isAfterCr)) breaks += lineBreakAt(buf, pos, end);
        pos++;
      }
      record.ends[f] = pos;
    }
    f++;
    if (pos >= end) {
      if (!isLast) return INCOMPLETE;
      emitRecord(ctx, buf, f, hasQuoted);
      ctx.line += breaks;
      return end;
    }
    if (buf[pos] === ctx.separator) {
      pos++;
      continue;
    }
    const t = terminatorAt(ctx, buf, pos, end, isLast);
    if (t === NEED_MORE) return INCOMPLETE;
    if (t === 0) {
      throw new CsvSyntaxError(ctx.line + breaks, `unexpected ${describeCharAt(buf, pos, end)} after the closing quote; a quoted value must be followed by ${separatorName(ctx.separator)} or the end of the line`, f);
    }
    emitRecord(ctx, buf, f, hasQuoted);
    ctx.line += breaks + 1;
    ctx.isAfterCr = buf[pos] === CR && t === 1;
    return pos + t;
  }
}

/** Length of the record delimiter at `pos` (0 if none), discovering it on the first line break. */
function terminatorAt(ctx: SlowContext, buf: Buffer, pos: number, end: number, isLast: boolean): number {
  if (pos >= end) return 0;
  const c = buf[pos];
  if (c !== LF && c !== CR) return 0;
  if (c === CR && pos + 1 >= end && !isLast) return NEED_MORE;
  const isCrlf = c === CR && pos + 1 < end && buf[pos + 1] === LF;
  ctx.delimiter ??= c === LF ? 'lf' : isCrlf ? 'crlf' : 'cr';
  if (ctx.delimiter === 'lf') return c === LF ? 1 : 0;
  if (ctx.delimiter === 'cr') return c === CR ? 1 : 0;
  return isCrlf ? 2 : 0;
}

/** 1 when a line break ends at `pos` (LF, or a CR not followed by LF). */
function lineBreakAt(buf: Buffer, pos: number, end: number): number {
  const c = buf[pos];
  if (c === LF) return 1;
  return c === CR && (pos + 1 >= end || buf[pos + 1] !== LF) ? 1 : 0;
}

/** The closing quote of a field whose content starts at `from`, and the line breaks before it. */
function closingQuote(buf: Buffer, from: number, end: number, isLast: boolean, openLine: number, field: number): { at: number; breaks: number } {
  let breaks = 0;
  for (let pos = from; ; pos++) {
    if (pos >= end) {
      if (!isLast) return { at: -1, breaks };
      throw new CsvSyntaxError(openLine, 'a quoted field starts here and is never closed; add the closing double quote (and double any quote inside the value)', field);
    }
    const c = buf[pos];
    if (c === QUOTE) {
      if (pos + 1 >= end && !isLast) return { at: -1, breaks };
      if (pos + 1 >= end || buf[pos + 1] !== QUOTE) return { at: pos, breaks };
      pos++;
    } else if (c === CR && pos + 1 >= end && !isLast) return { at: -1, breaks };
    else if (c === 0) throw nulByteError(openLine + breaks, field);
    else breaks += lineBreakAt(buf, pos, end);
  }
}
