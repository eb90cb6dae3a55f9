import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/**
 * The files fairgate reads beside the data — config, baseline report,
 * aggregate files, warehouse results — are untrusted too: they come from
 * other jobs, other people, other versions. Each is read only when it is a
 * regular file under a size limit (a directory, a named pipe that would block
 * forever, a device, a 600 MB file are refused before reading), and as UTF-8
 * text. `refuse` turns a problem into the caller's error (config or input).
 */
export interface SideFileKind {
  /** what the file is, for messages: "config file", "baseline report" */
  what: string;
  /** the largest size accepted, in bytes */
  maxBytes: number;
  /** how to get a right one, for "not found" */
  hint: string;
}

const MIB = 1024 * 1024;
export const CONFIG_FILE: SideFileKind = { what: 'config file', maxBytes: MIB, hint: 'check the path given to --config, or run `fairgate init`' };
export const BASELINE_FILE: SideFileKind = { what: 'baseline report', maxBytes: 256 * MIB, hint: 'give the JSON report of an earlier run (-o report.json)' };
export const STATISTICS_FILE: SideFileKind = { what: 'statistics file', maxBytes: 256 * MIB, hint: 'check the path' };

function sizeText(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${bytes} bytes`;
}

function kindOf(s: Stats): string | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'is a directory';
  if (s.isFIFO()) return 'is a named pipe (FIFO), not a file: fairgate would wait for it forever';
  if (s.isSocket()) return 'is a socket, not a file';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'is a device, not a file';
  return 'is not a regular file';
}

function failure(error: unknown, kind: SideFileKind): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${kind.what} not found; ${kind.hint}`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read the ${kind.what}: permission denied`;
  if (code === 'ELOOP') return `cannot read the ${kind.what}: too many symbolic links`;
  return `cannot read the ${kind.what} (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

/** The file's text (UTF-8, without a byte order mark), or `refuse(message)`. */
export function readSideFile(path: string, kind: SideFileKind, refuse: (message: string) => never): string {
  return readSideFileBytes(path, kind, refuse).text;
}

/** The file's bytes and its text, or `refuse(message)`. */
export function readSideFileBytes(path: string, kind: SideFileKind, refuse: (message: string) => never): { bytes: Buffer; text: string } {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return refuse(failure(error, kind));
  }
  const notFile = kindOf(stats);
  if (notFile) return refuse(`${notFile}; give a ${kind.what}`);
  if (stats.size > kind.maxBytes) return refuse(`the ${kind.what} is ${sizeText(stats.size)}, more than the ${sizeText(kind.maxBytes)} fairgate reads; is this the right file?`);
  let bytes: Buffer;
  try {
    // O_NONBLOCK: should the path have become a named pipe since stat, opening it does not wait for a writer
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const size = fstatSync(fd).size;
      if (!fstatSync(fd).isFile() || size > kind.maxBytes) return refuse(`is not a regular file of at most ${sizeText(kind.maxBytes)}; give a ${kind.what}`);
      bytes = Buffer.alloc(size);
      let at = 0;
      for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, bytes, at, size - at, at);
      bytes = bytes.subarray(0, at);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return refuse(failure(error, kind));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`the ${kind.what} is not UTF-8 text (is it binary, or in another encoding?); save it as UTF-8`);
  }
  return { bytes, text: text.replace(/^\ufeff/, '') };
}
