import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { tallyRange, type RangeTask } from './range-tally.js';

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
  parentPort!.postMessage({ type: 'done', result });
} finally {
  closeSync(fd);
}
