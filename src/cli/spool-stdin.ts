import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from '../model/errors.js';
import { toInputError, type InputSource } from '../input/csv/read-csv.js';
import { removeOnInterrupt } from './interrupt-cleanup.js';
import { describeWriteCause, errorCode } from './output-error.js';

export interface SpooledInput {
  source: InputSource;
  /** closes the copy (and deletes it where it still has a name) */
  remove(): void;
}

/** The copy is read again by name: through /proc/self/fd on Linux, which reaches a file that has no name left. */
const procFd = (fd: number) => `/proc/self/fd/${fd}`;

function spoolFailure(name: string, error: unknown, folder: string): unknown {
  const { what } = describeWriteCause(error);
  return new InputError(name, undefined, `a score cut-off reads standard input twice, so fairgate keeps a private copy in TMPDIR (${folder}), and that failed: ${what}; set TMPDIR to a folder with room for the data, or give the data as a file`, { cause: error });
}

/**
 * Standard input can be read once, but a score cut-off (`--top-k`,
 * `--top-percent`, the ll144 scoring rate) needs two passes. So the stream is
 * copied to a file that no other process can find: created with mode 0600 in a
 * private folder (mkdtemp, mode 0700, under TMPDIR), and on Linux unlinked,
 * with its folder, right after it is opened, before a byte is copied. It then
 * has no name at all: it disappears with the process, even one killed by
 * SIGKILL, and both passes read it through /proc/self/fd. Elsewhere the named copy is deleted at the
 * end of the audit, on an error and on SIGINT, SIGTERM or SIGHUP.
 */
export async function spoolToTempFile(stream: Readable, name: string): Promise<SpooledInput> {
  const parent = tmpdir();
  let dir: string;
  try {
    dir = mkdtempSync(path.join(parent, 'fairgate-stdin-'));
  } catch (error) {
    throw spoolFailure(name, error, parent);
  }
  const file = path.join(dir, 'input.csv');
  let fd: number;
  try {
    fd = openSync(file, 'wx+', 0o600);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw spoolFailure(name, error, parent);
  }
  const isNameless = existsSync(procFd(fd));
  if (isNameless) {
    unlinkSync(file);
    rmdirSync(dir);
  }
  const remove = () => {
    closeSync(fd);
    if (!isNameless) rmSync(dir, { recursive: true, force: true });
  };
  const unregister = removeOnInterrupt(remove);
  const close = () => {
    unregister();
    remove();
  };
  try {
    await copyInto(stream, fd, name, isNameless ? parent : dir);
  } catch (error) {
    close();
    throw error;
  }
  const readPath = isNameless ? procFd(fd) : file;
  return { source: { name, path: readPath, open: () => createReadStream(readPath) }, remove: close };
}

/** Standard input into the copy; a read error is the input's, a write error the copy's (full disk, quota). */
async function copyInto(stream: Readable, fd: number, name: string, folder: string): Promise<void> {
  const chunks = stream[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = (await chunks.next()) as IteratorResult<Buffer>;
    } catch (error) {
      const known = toInputError(name, error);
      if (known instanceof InputError) throw known;
      throw new InputError(name, undefined, `cannot read standard input (${errorCode(error) ?? String(error)})`, { cause: error });
    }
    if (next.done) return;
    try {
      for (let at = 0; at < next.value.length; ) at += writeSync(fd, next.value, at, next.value.length - at);
    } catch (error) {
      await chunks.return?.();
      throw spoolFailure(name, error, folder);
    }
  }
}
