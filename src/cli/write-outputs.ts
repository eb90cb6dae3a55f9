import { renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bestEffort, besideName, keepOld, makeParents, writeNewFile } from './beside-target.js';
import { removeOnInterrupt } from './interrupt-cleanup.js';
import { writeFailure } from './output-error.js';

export interface RenderedOutput {
  path: string;
  /** text (in pieces, read once as the file is written: names.ts), or the bytes of a binary report (PDF) */
  content: string | Iterable<string> | Uint8Array;
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
