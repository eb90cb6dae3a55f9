import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { TallyTable } from '../../core/types.js';
import { tallyRange, type RangeTask } from './range-tally.js';

/** The AUC grids' buffers (80 KB each): moved to the main thread instead of copied. */
function gridBuffers(table: TallyTable): ArrayBuffer[] {
  const tallies = [table.overall, ...table.attributes.flatMap((a) => [a.total, ...[...a.groups.values()].map((g) => g.tally)])];
  const buffers = tallies.flatMap((t) => (t.auc.step !== null ? [t.auc.counts.buffer as ArrayBuffer] : []));
  return [...new Set(buffers)];
}

/** Worker thread entry: tallies one byte range and posts progress and the result. */
const task = workerData as RangeTask;
const fd = openSync(task.path, 'r');
let reported = { bytes: 0, rows: 0 };
try {
  const result = await tallyRange(task, {
    read: (buf, offset, length, position) => readSync(fd, buf, offset, length, position),
    onProgress(bytes, rows) {
      parentPort!.postMessage({ type: 'progress', bytes: bytes - reported.bytes, rows: rows - reported.rows });
      reported = { bytes, rows };
    },
  });
  parentPort!.postMessage({ type: 'done', result }, gridBuffers(result.table));
} finally {
  closeSync(fd);
}
