import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, copyFileSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { byteChunks } from './byte-chunks.js';

// The file-level steps of writing reports all or nothing (write-outputs.ts): private names beside a
// target, the folders made for it, the temporary written in full, the old report kept for an undo.

/** A private name beside the target: hidden, unpredictable, opened exclusively (never through a planted link). */
export function besideName(target: string, kind: 'tmp' | 'old'): string {
  const base = Array.from(path.basename(target)).slice(0, 40).join('');
  return path.join(path.dirname(target), `.${base}.${randomBytes(8).toString('hex')}.fairgate-${kind}`);
}

/** Makes the target's missing folders; returns those it made, deepest first. */
export function makeParents(folder: string): string[] {
  const first = mkdirSync(folder, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let dir = folder; dir.length >= first.length && dir !== path.dirname(dir); dir = path.dirname(dir)) made.push(dir);
  return made;
}

function kindOf(file: string): 'directory' | 'other' | undefined {
  try {
    return lstatSync(file).isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}

/** Writes the whole content to a file it creates (never one that exists); `created` runs as soon as the file exists. */
export function writeNewFile(file: string, content: string | Iterable<string> | Uint8Array, created: () => void): void {
  const fd = openSync(file, 'wx', 0o666);
  try {
    created();
    const chunks = content instanceof Uint8Array ? [content] : byteChunks(typeof content === 'string' ? [content] : content);
    for (const bytes of chunks) {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
    fsyncSync(fd); // a full disk shows here on file systems that delay allocation
  } finally {
    closeSync(fd);
  }
}

/** Keeps an existing target under a private name, so that it can be put back: a hard link, or a copy where links are not supported. */
export function keepOld(target: string): string | undefined {
  const kind = kindOf(target);
  if (kind === undefined || kind === 'directory') return undefined; // a directory is never replaced: its rename fails
  const backup = besideName(target, 'old');
  try {
    linkSync(target, backup);
  } catch {
    copyFileSync(target, backup, fsConstants.COPYFILE_EXCL);
  }
  return backup;
}

/** Runs every step, ignoring each one's failure: undoing must get as far as it can. */
export function bestEffort(steps: readonly (() => void)[]): void {
  for (const step of steps) {
    try {
      step();
    } catch {
      // the next step still runs
    }
  }
}
