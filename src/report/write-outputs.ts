import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, copyFileSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { removeOnInterrupt } from '../cli/interrupt-cleanup.js';
import { writeFailure } from '../cli/output-error.js';

export interface RenderedOutput {
  path: string;
  content: string;
  /** how messages name it, e.g. `-o out/report.json` (default: the path) */
  shown?: string;
}

/** Reports written to temporaries beside their targets, not yet in place. */
export interface StagedOutputs {
  /** renames every temporary over its target; if one rename fails, puts the earlier targets back as they were */
  commit(): void;
  /** removes the temporaries and the folders made for them */
  discard(): void;
}

/** A private name beside the target: hidden, unpredictable, opened exclusively (never through a planted link). */
function besideName(target: string, kind: 'tmp' | 'old'): string {
  const base = Array.from(path.basename(target)).slice(0, 40).join('');
  return path.join(path.dirname(target), `.${base}.${randomBytes(8).toString('hex')}.fairgate-${kind}`);
}

/** Makes the target's missing folders; returns those it made, deepest first. */
function makeParents(folder: string): string[] {
  const first = mkdirSync(folder, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let dir = folder; dir.length >= first.length; dir = path.dirname(dir)) made.push(dir);
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
function writeNewFile(file: string, content: string, created: () => void): void {
  const fd = openSync(file, 'wx', 0o666);
  try {
    created();
    const bytes = Buffer.from(content);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd); // a full disk shows here on file systems that delay allocation
  } finally {
    closeSync(fd);
  }
}

/** Keeps an existing target under a private name, so that it can be put back: a hard link, or a copy where links are not supported. */
function keepOld(target: string): string | undefined {
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
function bestEffort(steps: readonly (() => void)[]): void {
  for (const step of steps) {
    try {
      step();
    } catch {
      // the next step still runs
    }
  }
}

const exists = (file: string) => {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

/**
 * Writes every report to a temporary file beside its target (so each rename
 * stays within one file system), without putting any in place yet. On a
 * failure it removes what it wrote and throws one line naming the output and
 * the cause; a signal before `commit` or `discard` removes them too.
 */
export function stageOutputs(outputs: readonly RenderedOutput[]): StagedOutputs {
  const temporaries: string[] = [];
  const madeFolders: string[] = [];
  // folders are removed only when empty: something else may have put a file there meanwhile
  const removeAll = () => bestEffort([...temporaries.splice(0).map((f) => () => rmSync(f, { force: true })), ...madeFolders.splice(0).map((d) => () => rmdirSync(d))]);
  const unregister = removeOnInterrupt(removeAll);
  const discard = () => {
    removeAll();
    unregister();
  };
  const forget = () => {
    temporaries.length = 0;
    madeFolders.length = 0;
    unregister();
  };
  for (const output of outputs) {
    try {
      madeFolders.unshift(...makeParents(path.dirname(output.path)));
      const temporary = besideName(output.path, 'tmp');
      // listed as soon as it exists: a failure half-way through writing removes it too
      writeNewFile(temporary, output.content, () => temporaries.push(temporary));
    } catch (error) {
      discard();
      throw writeFailure(output.shown ?? output.path, error);
    }
  }
  const staged = [...temporaries];
  return { commit: () => commitAll(outputs, staged, { discard, forget }), discard };
}

/**
 * Puts every staged report in place. Existing targets are first kept under a
 * hard link, so that when a rename fails the reports already renamed are put
 * back as they were (or removed when there was none): all the new reports, or
 * none of them. Everything here is synchronous, so a signal is handled before
 * the first rename or after the last, never between two.
 */
function commitAll(outputs: readonly RenderedOutput[], temporaries: readonly string[], end: { discard(): void; forget(): void }): void {
  const backups: (string | undefined)[] = [];
  let renamed = 0;
  let at = 0;
  try {
    for (at = 0; at < outputs.length; at++) backups.push(keepOld(outputs[at]!.path));
    for (at = 0; at < outputs.length; at++) {
      renameSync(temporaries[at]!, outputs[at]!.path);
      renamed = at + 1;
    }
  } catch (error) {
    const undo = outputs.slice(0, renamed).map((output, i) => {
      const backup = backups[i];
      return backup ? () => renameSync(backup, output.path) : () => rmSync(output.path, { force: true });
    });
    bestEffort([...undo.reverse(), ...backups.map((b) => () => b && rmSync(b, { force: true }))]);
    end.discard();
    const failed = outputs[at]!;
    throw writeFailure(failed.shown ?? failed.path, error);
  }
  bestEffort(backups.map((b) => () => b && rmSync(b, { force: true })));
  end.forget(); // the reports are in place, in the folders made for them
}

/** Stages and commits at once: every report in place, or none (see stageOutputs). */
export function writeOutputs(outputs: readonly RenderedOutput[]): void {
  stageOutputs(outputs).commit();
}
