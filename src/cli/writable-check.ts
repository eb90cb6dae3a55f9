import { accessSync, constants, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { errorCode, OutputError, writeFailure } from './output-error.js';

function statOrError(file: string): Stats | { error: unknown } {
  try {
    return statSync(file);
  } catch (error) {
    return { error };
  }
}

/** A path as the user would recognise it: relative to the working directory when inside it. */
function display(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/**
 * Checks, before anything is read, that a report could be written at `absolute`
 * (named `shown` in messages): the path is not a directory, the nearest folder
 * that exists is a folder, not a file, and this process may create files in
 * it. Missing folders are fine: they are made when the report is written. The
 * same errors are caught again when writing (the disk may change meanwhile, and
 * a full disk shows only then).
 */
export function checkWritable(shown: string, absolute: string, cwd: string): void {
  const target = statOrError(absolute);
  if (!('error' in target)) {
    if (target.isDirectory()) throw writeFailure(shown, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    return checkCanCreateIn(shown, path.dirname(absolute));
  }
  const code = errorCode(target.error);
  if (code !== 'ENOENT' && code !== 'ENOTDIR') throw writeFailure(shown, target.error);
  for (let dir = path.dirname(absolute); ; dir = path.dirname(dir)) {
    const s = statOrError(dir);
    if ('error' in s) {
      const code = errorCode(s.error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw writeFailure(shown, s.error);
      if (path.dirname(dir) === dir) return; // nothing exists: the write will say why
      continue;
    }
    if (!s.isDirectory()) {
      throw new OutputError(`${shown}: ${display(dir, cwd)} is a file, not a folder; no report file was written: give a path inside a folder`);
    }
    return checkCanCreateIn(shown, dir);
  }
}

function checkCanCreateIn(shown: string, dir: string): void {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw writeFailure(shown, error);
  }
}
