import { AuditError } from '../model/errors.js';

/** An output that cannot be written, or that would overwrite an input: one line naming it, exit 2. */
export class OutputError extends AuditError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('output', message, options);
  }
}

/** The operating system's reasons a file or standard output cannot be written, in words, with what to do. */
const CAUSES: ReadonlyMap<string, [what: string, fix: string]> = new Map([
  ['EISDIR', ['is a directory, not a file', 'give the path of a file, not of a folder']],
  ['ENOTDIR', ['a part of the path is a file, not a folder', 'give a path inside a folder']],
  ['EEXIST', ['a part of the path is a file, not a folder', 'give a path inside a folder']],
  ['EACCES', ['permission denied', 'choose a folder you can write to']],
  ['EPERM', ['the operation is not permitted there (an immutable or protected folder?)', 'choose a folder you can write to']],
  ['EROFS', ['the file system is read-only', 'choose a folder on a writable disk']],
  ['ENOSPC', ['no space left on the device', 'free some space, or write elsewhere']],
  ['EDQUOT', ['the disk quota is exceeded', 'free some space, or write elsewhere']],
  ['EFBIG', ['the file would be larger than the file system allows', 'write elsewhere']],
  ['ENAMETOOLONG', ['a name in the path is too long', 'give a shorter path']],
  ['ELOOP', ['the path has a loop of symbolic links', 'give a path without the loop']],
  ['ENOENT', ['a folder in the path does not exist or was removed', 'check the path']],
  ['EIO', ['input/output error on the device', 'check the disk']],
  ['EBUSY', ['the file or device is busy', 'try again, or write elsewhere']],
  ['ETXTBSY', ['the file is busy', 'try again, or write elsewhere']],
  ['EMFILE', ['too many open files', 'raise the limit (ulimit -n)']],
  ['ENFILE', ['too many open files in the system', 'try again later']],
  ['EPIPE', ['the program reading from the pipe closed it before everything was written', 'let the reader consume the whole output (e.g. instead of head, save the output to a file)']],
  ['EAGAIN', ['the output is not ready to take more data', 'try again']],
  ['ECONNRESET', ['the connection was reset by the reader', 'let the reader consume the whole output']],
]);

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `no space left on the device (ENOSPC); …fix` for an operating-system error; the code itself for one not in the list. */
export function describeWriteCause(error: unknown): { what: string; fix: string } {
  const code = errorCode(error);
  const known = code === undefined ? undefined : CAUSES.get(code);
  if (known) return { what: `${known[0]} (${code})`, fix: known[1] };
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return { what: `the system refused the write (${detail})`, fix: 'check the path and the disk' };
}

/** Known errors pass through; the system's errors become one line naming the output as given, the cause and what it means for the run. */
export function writeFailure(shown: string, error: unknown, outcome = 'no report file was written'): unknown {
  if (error instanceof AuditError) return error;
  if (errorCode(error) === undefined) return error; // not the system's: a bug, with its stack
  const { what, fix } = describeWriteCause(error);
  return new OutputError(`${shown}: ${what}; ${outcome}: ${fix}`, { cause: error });
}
