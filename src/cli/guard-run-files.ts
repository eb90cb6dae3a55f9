import path from 'node:path';
import { locateConfig } from './load-config.js';
import { stageOutputs, type RenderedOutput } from './write-outputs.js';
import { byteChunks } from './byte-chunks.js';
import type { CliIo } from './io.js';
import { checkOutputCollisions, readPath, reportPath, stdoutFile, type ReadRole, type WriteRole } from './output-collisions.js';
import { writeFailure } from './output-error.js';
import { identify } from './same-file.js';
import { checkWritable } from './writable-check.js';

/** Every file a command reads and writes, as given on the command line. */
export interface RunFiles {
  /** the data file; `-` for standard input */
  data?: string;
  /** `-c`, or undefined to look for fairgate.config.* in the working directory; false when the command reads no config */
  config?: string | false;
  baseline?: string;
  aggregates?: readonly string[];
  /** `-o` paths */
  outputs: readonly string[];
  /** whether the command writes a report or message to standard output */
  writesStdout: boolean;
  /** the GitHub job summary the command appends to */
  jobSummary?: string;
}

function readRoles(files: RunFiles, io: CliIo): ReadRole[] {
  const at = (p: string) => path.resolve(io.cwd, p);
  const reads: ReadRole[] = [];
  if (files.data === '-' && io.stdinFile) reads.push({ noun: 'the file on standard input (the data being audited)', shown: '', file: io.stdinFile });
  else if (files.data !== undefined && files.data !== '-') reads.push(readPath('the input data file', files.data, at(files.data)));
  if (files.config !== false) {
    const config = locateConfig(files.config, io.cwd);
    if (config !== undefined) reads.push(readPath('the config file', files.config ?? path.basename(config), config));
  }
  if (files.baseline !== undefined) reads.push(readPath('the baseline report (--baseline)', files.baseline, at(files.baseline)));
  for (const a of files.aggregates ?? []) reads.push(readPath('an aggregate file (--from-aggregates)', a, at(a)));
  return reads;
}

/**
 * Before anything is read: no output may be a file the run reads (by path,
 * real path, or device and inode), no two outputs may be one file, and every
 * `-o` must be writable (not a directory, not under a file, in a folder this
 * process may write to). Throws one line naming both roles, or the path and
 * the cause.
 */
export function guardRunFiles(files: RunFiles, io: CliIo): void {
  const writes: WriteRole[] = files.outputs.map((o) => reportPath(o, path.resolve(io.cwd, o)));
  if (files.writesStdout && io.stdoutFile) writes.push(stdoutFile(io.stdoutFile));
  if (files.jobSummary) {
    const summary = files.jobSummary;
    writes.push({ name: `GITHUB_STEP_SUMMARY (${summary})`, shown: summary, fix: 'point GITHUB_STEP_SUMMARY at another file', path: identify(path.resolve(io.cwd, summary)) });
  }
  checkOutputCollisions(readRoles(files, io), writes);
  for (const o of files.outputs) checkWritable(`-o ${o}`, path.resolve(io.cwd, o), io.cwd);
}

/**
 * Report files and standard output, all or nothing: the files are written to
 * temporaries first, then standard output takes its report, and only when
 * that has been handed to the system are the files renamed into place. A
 * failure anywhere leaves no file behind (a report already sent to standard
 * output cannot be taken back).
 */
export async function writeReports(files: readonly RenderedOutput[], stdout: string | Iterable<string>, io: CliIo): Promise<void> {
  const staged = stageOutputs(files);
  try {
    for (const chunk of byteChunks(typeof stdout === 'string' ? [stdout] : stdout, 1 << 20, false)) io.writeStdout(chunk);
    await io.flushStdout?.();
  } catch (error) {
    staged.discard();
    throw writeFailure('standard output', error);
  }
  staged.commit();
}
