import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file as the kernel sees it: device and inode (exact, as bigints). */
export interface FileId {
  dev: bigint;
  ino: bigint;
}

/** Where a path leads: as given (made absolute), with symbolic links resolved, and the file it is when it exists. */
export interface PathIdentity {
  absolute: string;
  real: string;
  file?: FileId;
}

/**
 * The real path of a path that may not exist yet: the longest part that exists,
 * with its links resolved, then the rest as given (a report's file and even its
 * folders are made only when it is written).
 */
export function realPathOf(absolute: string): string {
  const rest: string[] = [];
  for (let head = absolute; ; ) {
    try {
      return path.join(realpathSync.native(head), ...rest);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return absolute;
      rest.unshift(path.basename(head));
      head = parent;
    }
  }
}

/** The file a path names now, following links; undefined when there is none (or it cannot be looked at). */
export function fileIdOf(absolute: string): FileId | undefined {
  try {
    const s = statSync(absolute, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return undefined;
  }
}

export function identify(absolute: string): PathIdentity {
  const file = fileIdOf(absolute);
  return { absolute, real: realPathOf(absolute), ...(file ? { file } : {}) };
}

const sameId = (a: FileId | undefined, b: FileId | undefined) => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/**
 * How two paths or open streams lead to one file, or undefined when they do not:
 * `same` (the same path once `.`, `..` and repeated slashes are resolved),
 * `symlink` (the same real path), `hardlink` (the same device and inode).
 */
export function sameFile(a: { path?: PathIdentity; file?: FileId }, b: { path?: PathIdentity; file?: FileId }): 'same' | 'symlink' | 'hardlink' | undefined {
  if (a.path && b.path) {
    if (a.path.absolute === b.path.absolute) return 'same';
    if (a.path.real === b.path.real) return 'symlink';
  }
  return sameId(a.path?.file ?? a.file, b.path?.file ?? b.file) ? 'hardlink' : undefined;
}
