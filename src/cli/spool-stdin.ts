import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { InputSource } from '../input/csv/read-csv.js';

export interface SpooledInput {
  source: InputSource;
  /** deletes the temporary copy */
  remove(): void;
}

/**
 * Standard input can be read once, but a score cut-off (`--top-k`,
 * `--top-percent`, the ll144 scoring rate) needs two passes. So the stream is
 * copied to a private temporary folder (mode 0700, under TMPDIR) and both
 * passes read the copy (directly, as a file: in parallel when it is large); `remove` deletes it when the audit ends, also on error.
 */
export async function spoolToTempFile(stream: Readable, name: string): Promise<SpooledInput> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-stdin-'));
  const file = path.join(dir, 'input.csv');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    remove();
    throw error;
  }
  return { source: { name, path: file, open: () => createReadStream(file) }, remove };
}
