import { OutputError } from './output-error.js';
import { identify, sameFile, type FileId, type PathIdentity } from './same-file.js';

/** A file the run reads: the data, the config, the baseline, an aggregate file, or standard input when it is a file. */
export interface ReadRole {
  /** `the input data file`, `the config file`, … */
  noun: string;
  /** the path as given; '' for standard input */
  shown: string;
  path?: PathIdentity;
  file?: FileId;
}

/** A file the run writes: a report (`-o`), standard output when it is a file, the GitHub job summary. */
export interface WriteRole {
  /** `-o r.json`, `standard output`, `GITHUB_STEP_SUMMARY (…)` */
  name: string;
  /** the path as given, compared with a read role's to leave out a repeated name */
  shown: string;
  /** what to do instead */
  fix: string;
  path?: PathIdentity;
  file?: FileId;
}

/** A read role for a path as given and made absolute. */
export const readPath = (noun: string, shown: string, absolute: string): ReadRole => ({ noun, shown, path: identify(absolute) });

/** An `-o` report. */
export const reportPath = (shown: string, absolute: string): WriteRole => ({ name: `-o ${shown}`, shown, fix: 'give -o another path', path: identify(absolute) });

/** Standard output, when it is a file (a shell's `>` or `>>`). */
export const stdoutFile = (file: FileId): WriteRole => ({
  name: 'standard output',
  shown: '',
  fix: "send standard output to another file (a shell's > empties the file before fairgate starts: check that it still holds what it should)",
  file,
});

function how(a: { path?: PathIdentity }, b: { path?: PathIdentity }, relation: ReturnType<typeof sameFile>): string {
  if (!a.path || !b.path || relation === 'same') return '';
  return relation === 'symlink' ? ' (the same file through a symbolic link)' : ' (the same file through a hard link)';
}

/**
 * Refuses a run whose outputs would overwrite a file it reads, or each other,
 * by path, real path (symbolic links) or device and inode (hard links): checked
 * before anything is read, so that no input is ever replaced by a report.
 */
export function checkOutputCollisions(reads: readonly ReadRole[], writes: readonly WriteRole[]): void {
  for (const [i, w] of writes.entries()) {
    for (const r of reads) {
      const relation = sameFile(w, r);
      if (relation === undefined) continue;
      const name = r.shown === '' || r.shown === w.shown ? r.noun : `${r.noun} ${r.shown}`;
      throw new OutputError(`${w.name} is ${name}${how(w, r, relation)}: writing there would destroy an input, so nothing was read or written; ${w.fix}`);
    }
    for (const other of writes.slice(0, i)) {
      const relation = sameFile(w, other);
      if (relation === undefined) continue;
      throw new OutputError(`${other.name} and ${w.name} are the same file${how(w, other, relation)}: one output would replace the other, so nothing was read or written; give each output its own path`);
    }
  }
}
