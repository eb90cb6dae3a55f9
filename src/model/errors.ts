/**
 * Typed, expected errors. Each carries the exit code it maps to; the CLI prints
 * `message` (one line per issue, each printed as its own `fairgate:` line, no stack) and re-throws anything that is not a
 * known error, so bugs still surface with their stack trace.
 */

export type ErrorCode = 'usage' | 'config' | 'input' | 'output';

export class AuditError extends Error {
  readonly code: ErrorCode;
  readonly exitCode = 2;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Wrong flags or arguments on the command line. */
export class UsageError extends AuditError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, options);
  }
}

export interface ConfigIssue {
  /** Dotted key path in the config (`rules.2.metric`) or the flag (`--threshold`). */
  path: string;
  message: string;
}

/** A config file or flag combination that does not validate; lists every issue. */
export class ConfigError extends AuditError {
  readonly issues: readonly ConfigIssue[];
  readonly source: string;
  constructor(source: string, issues: readonly ConfigIssue[]) {
    super('config', formatConfigIssues(source, issues));
    this.source = source;
    this.issues = issues;
  }
}

/** One line per issue, each complete on its own: `invalid configuration in <source>: <key>: <what is wrong>`. */
function formatConfigIssues(source: string, issues: readonly ConfigIssue[]): string {
  // a message quoting a parser may hold a line break: each issue stays one line
  return issues.map((i) => `invalid configuration in ${source}: ${i.path ? `${i.path}: ` : ''}${i.message}`.replace(/\s*\n\s*/g, ' ')).join('\n');
}

/** A field at fault: its 1-based position in the record and its header name (when the header is known). */
export interface ColumnRef {
  number: number;
  name?: string;
}

/** Bad input data: names the file and, where it applies, the line and the column. */
export class InputError extends AuditError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: ColumnRef | undefined;
  /** the message without the file, line and column */
  readonly detail: string;
  /** what `line` counts: lines of text, or rows of a table without lines (Parquet) */
  readonly unit: 'line' | 'row';
  constructor(file: string, line: number | undefined, message: string, options?: { cause?: unknown; column?: ColumnRef; unit?: 'line' | 'row' }) {
    super('input', `${inputLocation(file, line, options?.column, options?.unit ?? 'line')}: ${message}`, options);
    this.file = file;
    this.line = line;
    this.column = options?.column;
    this.detail = message;
    this.unit = options?.unit ?? 'line';
  }
}

/** `file`, `file, line 12` or `file, line 12, column 5 (score)` (`row 12` for a table); a column is named only with a line. */
function inputLocation(file: string, line: number | undefined, column: ColumnRef | undefined, unit: 'line' | 'row'): string {
  if (line === undefined) return file;
  if (column === undefined) return `${file}, ${unit} ${line}`;
  return `${file}, ${unit} ${line}, column ${column.number}${column.name === undefined ? '' : ` (${columnLabel(column.name)})`}`;
}

/** A header name as shown in a location: plain when it is a simple name, else quoted and escaped (it comes from the data). */
function columnLabel(name: string): string {
  return /^[\p{L}\p{N}_#.-][\p{L}\p{N}_#. -]*$/u.test(name) && !name.endsWith(' ') ? name : JSON.stringify(name);
}

export function isKnownError(error: unknown): error is AuditError {
  return error instanceof AuditError;
}
